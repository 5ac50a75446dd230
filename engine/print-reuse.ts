/**
 * Faster recast printing for trees the transforms changed in a few places.
 *
 * recast decides what to reprint by walking the edited tree against the original, node by node,
 * over the whole file, and again from every node it prints: over half of printing time. Where it
 * meets the very same object on both sides it stops at once. So, just for the print, every
 * subtree no transform touched — equal, key by key, to the original it was copied from — is put
 * back as that original (which is marked as its own original), and restored afterwards.
 *
 * A swap is made only where recast cannot tell the difference: every comparison recast may start
 * above the subtree (from the file, or from any node it prints) must reach it holding that same
 * original, and the subtree must not need parentheses it did not have. Anything else keeps its
 * copy and recast's usual comparison. __tests__/print-reuse.test.ts prints every fixture both ways.
 */
import jscodeshift from 'jscodeshift';
import FastPath from 'recast/lib/fast-path';
import type { Node } from '../transforms/lib/ast';

const astTypes = jscodeshift.types;

type Holder = Node | Node[];

/** recast's FastPath, kept in step with the walk: `needsParens()` reads the ancestors from its stack. */
interface WalkPath {
  stack: unknown[];
  needsParens(): boolean;
}

interface Swap {
  holder: Holder;
  key: string | number;
  copy: Node;
  original: Node;
}

/** Prints with `print()` while untouched subtrees stand in as their originals. */
export function printReusingUntouched(file: Node, print: () => string): string {
  const swaps: Swap[] = [];
  if (file?.original) new SwapFinder(swaps).visit(file, [], new (FastPath as unknown as new (value: Node) => WalkPath)(file));
  for (const swap of swaps) {
    swap.holder[swap.key as never] = swap.original as never;
    Object.defineProperty(swap.original, 'original', { value: swap.original, configurable: true, writable: true, enumerable: false });
  }
  try {
    return print();
  } finally {
    for (const swap of swaps) {
      swap.holder[swap.key as never] = swap.copy as never;
      delete swap.original.original;
    }
  }
}

const isObject = (value: unknown): value is Node => typeof value === 'object' && value !== null;
const isPrintable = (value: Node) => typeof value.type === 'string';
/** recast's comparison skips `loc` (and a File's tokens); it reads `_`-keys as private. Both are compared here, by identity. */
const SKIPPED_IN_WALK = new Set(['loc', 'tokens', 'original']);

class SwapFinder {
  private readonly untouched = new Map<Node, boolean>();

  constructor(private readonly swaps: Swap[]) {}

  /**
   * `node` in the new tree; `reaching`: the old values that comparisons started above it hold at
   * its place (recast descends while types match and array lengths agree).
   */
  visit(node: Node, reaching: Node[], path: WalkPath): void {
    const own: Node | undefined = hasOwn(node, 'original') ? node.original : undefined;
    const compared = own ? [own, ...reaching.filter((old) => old !== own)] : reaching;
    const descending = compared.filter((old) => descends(node, old));
    for (const key of Object.keys(node)) {
      if (SKIPPED_IN_WALK.has(key)) continue;
      const value = node[key];
      if (!isObject(value)) continue;
      const oldValues = descending.map((old) => old[key]).filter(isObject);
      path.stack.push(key, value);
      if (Array.isArray(value)) {
        value.forEach((item, index) => {
          if (!isObject(item)) return;
          const oldItems = oldValues.filter((old) => Array.isArray(old) && old.length === value.length).map((old) => old[index]);
          path.stack.push(index, item);
          this.visitSlot(value, index, item, oldItems, path);
          path.stack.length -= 2;
        });
      } else {
        this.visitSlot(node, key, value, oldValues, path);
      }
      path.stack.length -= 2;
    }
  }

  private visitSlot(holder: Holder, key: string | number, value: Node, reaching: Node[], path: WalkPath): void {
    const own = hasOwn(value, 'original') ? value.original : undefined;
    const swappable =
      isObject(own) &&
      isPrintable(value) &&
      reaching.every((old) => old === own) &&
      this.isUntouched(value, own) &&
      !path.needsParens();
    if (swappable) this.swaps.push({ holder, key, copy: value, original: own });
    else this.visit(value, reaching.filter(isObject), path);
  }

  /** `copy` is still equal to `original`, key by key, all the way down. */
  private isUntouched(copy: Node, original: Node): boolean {
    const known = this.untouched.get(copy);
    if (known !== undefined) return known;
    const result = sameValue(copy, original, (c, o) => this.isUntouched(c, o));
    this.untouched.set(copy, result);
    return result;
  }
}

/** Whether recast's comparison of `node` with `old` goes on into their children. */
function descends(node: Node, old: Node): boolean {
  if (!isObject(old) || Array.isArray(old) || node === old || node.original === null) return false;
  return isPrintable(node) ? isPrintable(old) && node.type === old.type : true;
}

/**
 * Equal as recast would find it, only stricter: equal primitives, the same `loc` object, arrays
 * of the same length, and every object the copy of the one in its place. A key only one side has
 * reads as its ast-types default there, as in recast's comparison: an ast-types traversal (every
 * `find`) writes the defaults (`optional: false`, `typeAnnotation: null`) into the nodes it visits.
 */
function sameValue(copy: Node, original: Node, sameObject: (copy: Node, original: Node) => boolean): boolean {
  if (copy.original !== original) return false;
  for (const key of Object.keys(copy)) {
    const old = hasOwn(original, key) ? original[key] : fieldValue(original, key);
    if (!sameEntry(copy[key], old, sameObject)) return false;
  }
  for (const key of Object.keys(original)) {
    if (!hasOwn(copy, key) && !sameEntry(fieldValue(copy, key), original[key], sameObject)) return false;
  }
  return true;
}

const hasOwn = (value: Node, key: string) => Object.prototype.hasOwnProperty.call(value, key);

function fieldValue(node: Node, key: string): unknown {
  return isPrintable(node) ? astTypes.getFieldValue(node, key) : undefined;
}

function sameEntry(a: unknown, b: unknown, sameObject: (copy: Node, original: Node) => boolean): boolean {
  if (a === b) return true;
  if (!isObject(a) || !isObject(b)) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameEntry(item, b[i], sameObject));
  if (Array.isArray(b)) return false;
  return sameObject(a, b);
}
