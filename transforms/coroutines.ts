/** Standalone jscodeshift entry point of the coroutines transform. */
import { toJscodeshiftTransform } from './lib/jscodeshift-adapter';
import { coroutinesTransform } from './coroutines/index';

export { coroutinesTransform };
export default toJscodeshiftTransform(coroutinesTransform);
