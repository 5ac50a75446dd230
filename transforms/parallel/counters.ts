import type { Node } from '../lib/ast';
import type { TransformContext } from '../lib/plugin';
export function joinCounters(_ctx: TransformContext, _program: Node): boolean { return false; }
