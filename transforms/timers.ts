/** Standalone jscodeshift entry point of the timers transform. */
import { toJscodeshiftTransform } from './lib/jscodeshift-adapter';
import { timersTransform } from './timers/index';

export { timersTransform };
export default toJscodeshiftTransform(timersTransform);
