/** `--list-transforms`: name and description, in pipeline order. */
import type { AwaitifyTransform } from '../../transforms/lib/plugin';

export function formatTransformList(transforms: readonly AwaitifyTransform[]): string {
  const width = Math.max(0, ...transforms.map((t) => t.name.length));
  return transforms.map((t) => `${t.name.padEnd(width)}  ${t.description}\n`).join('');
}
