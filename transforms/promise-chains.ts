/** Standalone jscodeshift entry point of the promise-chains transform. */
import { toJscodeshiftTransform } from './lib/jscodeshift-adapter';
import { promiseChainsTransform } from './promise-chains/index';

export { promiseChainsTransform };
export default toJscodeshiftTransform(promiseChainsTransform);
