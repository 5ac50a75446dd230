/** Standalone jscodeshift entry point of the caolan-async transform. */
import { toJscodeshiftTransform } from './lib/jscodeshift-adapter';
import { caolanAsyncTransform } from './caolan-async/index';

export { caolanAsyncTransform };
export default toJscodeshiftTransform(caolanAsyncTransform);
