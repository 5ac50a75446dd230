/** Standalone jscodeshift entry point of the callbacks transform. */
import { toJscodeshiftTransform } from './lib/jscodeshift-adapter';
import { callbacksTransform } from './callbacks/index';

export { callbacksTransform };
export default toJscodeshiftTransform(callbacksTransform);
