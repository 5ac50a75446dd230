/** Standalone jscodeshift entry point of the async-loops transform. */
import { toJscodeshiftTransform } from './lib/jscodeshift-adapter';
import { asyncLoopsTransform } from './async-loops/index';

export { asyncLoopsTransform };
export default toJscodeshiftTransform(asyncLoopsTransform);
