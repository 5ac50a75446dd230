/**
 * The parallel transform: independent calls start together with `Promise.all`.
 *
 * By mode (`--parallel`): `safe` rewrites only code that was already concurrent (completion
 * counters in callback code), with the same behaviour; `independent` (the default) also joins
 * consecutive awaits the effect model judges independent; `aggressive` also turns loops that
 * await one independent call per item into `Promise.all(items.map(…))`. Every rewrite that changes the order
 * of side effects is reported as a note with the reason it was judged independent.
 */
import { namesDeclaredInFile } from '../lib/module-bindings';
import type { AwaitifyTransform } from '../lib/plugin';
import { parallelizeAwaits } from './awaits';
import { readEffectEnv } from './effect-env';
import { parallelizeLoops } from './loops';
import { joinCounters } from './counters';

export const parallelTransform: AwaitifyTransform = {
  name: 'parallel',
  description: 'Independent calls and hand-written joins into Promise.all',
  run(ctx) {
    const mode = ctx.options.parallel;
    if (mode === 'off') return false;
    const program = ctx.root.get().node.program;
    // A local `Promise` would not be the one `Promise.all` means.
    if (namesDeclaredInFile(program).has('Promise')) return false;
    let changed = joinCounters(ctx, program);
    if (mode === 'safe') return changed;
    const env = readEffectEnv(ctx, program);
    if (mode === 'aggressive' && parallelizeLoops(ctx, program, env)) changed = true;
    if (parallelizeAwaits(ctx, program, env)) changed = true;
    return changed;
  },
};
