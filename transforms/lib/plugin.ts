/**
 * The contract between the engine and a transform, and the adapter that makes every transform a
 * standalone jscodeshift transform too.
 */
import type { ASTNode, Collection, JSCodeshift } from 'jscodeshift';
import type { PipelineOptions } from '../../engine/options';
import type { FileFacts, ProjectFacts } from '../../engine/project-facts';
import type { Site, SiteKind } from '../../engine/report';

interface LocatedNode {
  loc?: { start: { line: number; column: number } };
  start?: number;
}

export type ModuleKind = 'commonjs' | 'module';

export interface TransformContext {
  j: JSCodeshift;
  root: Collection<any>;
  filename: string;
  source: string;
  /** `module` allows top-level `await` and `import` declarations. */
  moduleKind: ModuleKind;
  /** The file's test runner awaits promises returned by test functions (mocha >= 1.18, jest…). */
  promiseTests: boolean;
  options: PipelineOptions;
  project: ProjectFacts;
  /** Filled by transforms with what other files depend on (see the project phase). */
  facts: FileFacts;
  report: SiteReporter;
}

export interface AwaitifyTransform {
  name: string;
  description: string;
  /** Edits `ctx.root` in place; returns true when it changed anything. */
  run(ctx: TransformContext): boolean;
  /**
   * Optional: runs before every selected transform's `run` (in pipeline order), to put shapes
   * into a form an earlier transform converts; `run` then keeps or undoes what it prepared.
   */
  prepare?(ctx: TransformContext): void;
}

/** Collects sites for one transform, locating them by the node they are about. */
export class SiteReporter {
  readonly sites: Site[] = [];
  private lineStarts: number[] | undefined;

  private lines: string[] | undefined;

  /**
   * `source`: the parsed text, to locate nodes that recast left without `loc`. `tabWidth`: the
   * width recast parsed with (it hands the parser the text with leading tabs expanded to that
   * many columns, so a `loc` column counts a leading tab as that many).
   */
  constructor(
    private readonly source = '',
    public transform = '',
    private readonly tabWidth = 4,
  ) {}

  converted(node: ASTNode | null | undefined, code: string, message: string): void {
    this.add('converted', node, code, message);
  }
  skipped(node: ASTNode | null | undefined, code: string, message: string): void {
    this.add('skipped', node, code, message);
  }
  note(node: ASTNode | null | undefined, code: string, message: string): void {
    this.add('note', node, code, message);
  }

  private add(kind: SiteKind, node: ASTNode | null | undefined, code: string, message: string): void {
    const start = this.locate(node as LocatedNode | null | undefined);
    this.sites.push({ kind, transform: this.transform, code, message, line: start.line, column: this.characterColumn(start) });
  }

  /** The column in characters of the input line, for a column recast counted with leading tabs expanded. */
  private characterColumn({ line, column }: { line: number; column: number }): number {
    if (line < 1 || !this.source.includes('\t')) return column;
    this.lines ??= this.source.split('\n');
    const indent = /^[ \t]*/.exec(this.lines[line - 1] ?? '')![0];
    if (!indent.includes('\t')) return column;
    let width = 0;
    for (const char of indent) width = char === '\t' ? (Math.floor(width / this.tabWidth) + 1) * this.tabWidth : width + 1;
    return column >= width ? column - width + indent.length : column;
  }

  /** recast drops `loc` on some nodes (declarations inside `export`); their offset remains. */
  private locate(node: LocatedNode | null | undefined): { line: number; column: number } {
    if (node?.loc) return node.loc.start;
    if (typeof node?.start !== 'number') return { line: 0, column: 0 };
    this.lineStarts ??= [0, ...[...this.source.matchAll(/\n/g)].map((m) => m.index! + 1)];
    let line = 0;
    while (line + 1 < this.lineStarts.length && this.lineStarts[line + 1] <= node.start) line += 1;
    return { line: line + 1, column: node.start - this.lineStarts[line] };
  }
}
