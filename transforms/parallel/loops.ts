import type { Node } from '../lib/ast';
import type { TransformContext } from '../lib/plugin';
import type { EffectEnv } from './effects';
export function parallelizeLoops(_ctx: TransformContext, _program: Node, _env: EffectEnv): boolean { return false; }
