/**
 * The contract between the engine and a transform, and the adapter that makes every transform a
 * standalone jscodeshift transform too.
 */
import type { API, ASTNode, Collection, FileInfo, JSCodeshift } from 'jscodeshift';
import type { PipelineOptions } from '../../engine/options';
import type { ProjectFacts } from '../../engine/project-facts';
import type { Site, SiteKind } from '../../engine/report';

export type ModuleKind = 'commonjs' | 'module';

export interface TransformContext {
  j: JSCodeshift;
  root: Collection<any>;
  filename: string;
  source: string;
  /** `module` allows top-level `await` and `import` declarations. */
  moduleKind: ModuleKind;
  options: PipelineOptions;
  project: ProjectFacts;
  report: SiteReporter;
}

export interface AwaitifyTransform {
  name: string;
  description: string;
  /** Edits `ctx.root` in place; returns true when it changed anything. */
  run(ctx: TransformContext): boolean;
}

/** Collects sites for one transform, locating them by the node they are about. */
export class SiteReporter {
  readonly sites: Site[] = [];
  constructor(public transform = '') {}

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
    const start = (node as { loc?: { start: { line: number; column: number } } } | null)?.loc?.start;
    this.sites.push({
      kind,
      transform: this.transform,
      code,
      message,
      line: start?.line ?? 0,
      column: start?.column ?? 0,
    });
  }
}
