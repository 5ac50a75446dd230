/** The registry: every transform, in default pipeline order. */
import type { AwaitifyTransform } from './lib/plugin';
import { UsageError } from '../engine/errors';
import { callbacksTransform } from './callbacks/index';
import { promiseChainsTransform } from './promise-chains/index';
import { asyncLoopsTransform } from './async-loops/index';
import { caolanAsyncTransform } from './caolan-async/index';
import { coroutinesTransform } from './coroutines/index';
import { timersTransform } from './timers/index';
import { parallelTransform } from './parallel/index';

let registry: readonly AwaitifyTransform[] | undefined;

/** Built on first use: transform modules import the engine, which imports this registry. */
export function listTransforms(): readonly AwaitifyTransform[] {
  registry ??= [
    callbacksTransform,
    promiseChainsTransform,
    asyncLoopsTransform,
    caolanAsyncTransform,
    coroutinesTransform,
    timersTransform,
    parallelTransform,
  ];
  return registry;
}

export function getTransform(name: string): AwaitifyTransform {
  const found = listTransforms().find((t) => t.name === name);
  if (!found) {
    const known = listTransforms().map((t) => t.name).join(', ');
    throw new UsageError(`unknown transform "${name}" (known: ${known})`);
  }
  return found;
}

/**
 * The transforms to run, in registry order whatever order they were given in: `only` selects,
 * `skip` removes. Unknown names are usage errors.
 */
export function selectTransforms(only?: readonly string[], skip: readonly string[] = []): string[] {
  for (const name of [...(only ?? []), ...skip]) getTransform(name);
  return listTransforms().map((t) => t.name).filter(
    (name) => (!only || only.length === 0 || only.includes(name)) && !skip.includes(name),
  );
}
