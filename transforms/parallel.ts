/** Standalone jscodeshift entry point of the parallel transform. */
import { toJscodeshiftTransform } from './lib/jscodeshift-adapter';
import { parallelTransform } from './parallel/index';

export { parallelTransform };
export default toJscodeshiftTransform(parallelTransform);
