/**
 * engine/print-reuse.ts swaps untouched subtrees for their originals while recast prints. The
 * output must be exactly what recast prints without the swaps, whatever the edit, and the tree
 * must be as it was afterwards. (Every fixture and the end-to-end tests print through it too.)
 */
import jscodeshift from 'jscodeshift';
import { printReusingUntouched } from '../engine/print-reuse';
import type { Node } from '../transforms/lib/ast';

const j = jscodeshift.withParser('tsx');

const SOURCE = `// a file with a bit of everything
const fs = require('fs');

function load(id, cb) {
  fs.readFile(id, 'utf8', function (err, text) {
    if (err) return cb(err);
    cb(null, { id, size: text.length * (1 + 2) });
  });
}

class Store {
  get(key) { return this.items[key] ?? null; }
}

module.exports = { load, Store };
`;

/** The same edit on two fresh parses: printed plainly and through printReusingUntouched. */
function printBothWays(edit: (root: ReturnType<typeof j>) => void, source = SOURCE) {
  const plainRoot = j(source);
  edit(plainRoot);
  const plain = plainRoot.toSource();
  const reusedRoot = j(source);
  edit(reusedRoot);
  const file = reusedRoot.get().node;
  const before = reachable(file);
  const reused = printReusingUntouched(file, () => reusedRoot.toSource());
  return { plain, reused, file, before };
}

/** Every object reachable from the tree (recast's originals are not enumerable, so not reached). */
function reachable(file: Node): Set<Node> {
  const seen = new Set<Node>();
  const visit = (value: Node) => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    for (const key of Object.keys(value)) if (key !== 'loc' && key !== 'tokens') visit(value[key]);
  };
  visit(file);
  return seen;
}

/** The same objects as before the print, and no original left marked as its own. */
function restoredTo(file: Node, before: Set<Node>): boolean {
  const after = reachable(file);
  return after.size === before.size && [...after].every((value) => before.has(value) && !(value.original && Object.prototype.hasOwnProperty.call(value.original, 'original')));
}

const edits: Record<string, (root: ReturnType<typeof j>) => void> = {
  'a statement added at the top (the body array grows)': (root) => {
    root.get().node.program.body.unshift(j.expressionStatement(j.callExpression(j.identifier('setup'), [])));
  },
  'one deep expression replaced': (root) => {
    root.find(j.Identifier, { name: 'text' }).filter((p) => p.parent.node.type === 'MemberExpression').forEach((p) => {
      p.replace(j.identifier('body'));
    });
  },
  'a function made async and its callback parameter dropped': (root) => {
    root.find(j.FunctionDeclaration, { id: { name: 'load' } }).forEach((p) => {
      p.node.async = true;
      p.node.params.pop();
    });
  },
  'a statement moved into another block (its place in the old tree holds something else)': (root) => {
    const method = root.find(j.ClassMethod).get().node;
    const moved = root.get().node.program.body.splice(0, 1)[0];
    method.body.body.unshift(moved);
  },
  'two statements swapped (same array length, shifted originals)': (root) => {
    const body = root.get().node.program.body;
    [body[1], body[2]] = [body[2], body[1]];
  },
  'a parent operator changed so an untouched child needs parentheses': (root) => {
    root.find(j.BinaryExpression, { operator: '*' }).forEach((p) => {
      p.node.operator = '**';
      p.node.left = j.unaryExpression('-', p.node.left);
    });
  },
  'a node marked for reprinting with original = null': (root) => {
    root.find(j.ObjectExpression).filter((p) => p.node.properties.length === 2).forEach((p) => {
      p.node.original = null;
    });
  },
  'a comment moved from one statement to another': (root) => {
    const body = root.get().node.program.body;
    const comments = body[0].comments;
    body[0].comments = null;
    body[body.length - 1].comments = comments;
  },
};

/** Edits on their own small sources, each where one of the swap conditions is what keeps the output right. */
const guardedEdits: Record<string, { source: string; edit: (root: ReturnType<typeof j>) => void }> = {
  'same-shaped functions trade places (recast compares each with the other one\'s original)': {
    source: 'function a() {\n  return [1,2];\n}\nfunction b() {\n  return [3,  4,  5];\n}\n',
    edit: (root) => {
      const body = root.get().node.program.body;
      [body[0], body[1]] = [body[1], body[0]];
    },
  },
  'a parsed snippet lands where an old node of its type and range was (recast compares the two)': {
    source: 'const { a = [1,222] } = x;\n',
    edit: (root) => {
      const snippet = j('const { b = [3,4,5] } = 0;').get().node.program.body[0].declarations[0].id;
      root.find(j.VariableDeclarator).get().node.id = snippet;
    },
  },
  'an untouched operand needs parentheses once its parent operator changes': {
    source: 'r = a + b*{x:1};\n',
    edit: (root) => {
      root.find(j.BinaryExpression, { operator: '+' }).forEach((p) => {
        p.node.operator = '**';
      });
    },
  },
};

describe('printReusingUntouched', () => {
  it.each(Object.keys(guardedEdits))('prints what recast prints: %s', (name) => {
    const { source, edit } = guardedEdits[name];
    const { plain, reused, file, before } = printBothWays(edit, source);
    expect(reused).toBe(plain);
    expect(plain).not.toBe(source);
    expect(restoredTo(file, before)).toBe(true);
  });

  it.each(Object.keys(edits))('prints what recast prints: %s', (name) => {
    const { plain, reused, file, before } = printBothWays(edits[name]);
    expect(reused).toBe(plain);
    expect(plain).not.toBe(SOURCE);
    expect(restoredTo(file, before)).toBe(true);
  });

  it('swaps untouched subtrees: an edit far away leaves the rest of the file as it was', () => {
    const { reused } = printBothWays(edits['a statement added at the top (the body array grows)']);
    expect(reused).toBe(`setup();\n${SOURCE}`);
  });

  it('does nothing to a tree that was not parsed by recast', () => {
    const built = j.file(j.program([j.expressionStatement(j.identifier('x'))]));
    expect(printReusingUntouched(built, () => 'printed')).toBe('printed');
  });

  it('restores the tree even when printing throws', () => {
    const addEmptyStatement = (root: ReturnType<typeof j>) => root.get().node.program.body.unshift(j.emptyStatement());
    const { plain } = printBothWays(addEmptyStatement);
    const root = j(SOURCE);
    addEmptyStatement(root);
    const file = root.get().node;
    const before = reachable(file);
    expect(() => printReusingUntouched(file, () => { throw new Error('printer failed'); })).toThrow('printer failed');
    expect(restoredTo(file, before)).toBe(true);
    expect(root.toSource()).toBe(plain);
  });
});
