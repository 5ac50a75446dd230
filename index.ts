/**
 * awaitify's programmatic API.
 *
 *   import { transform, migrate } from 'awaitify';
 *   const { code, changed, sites } = await transform(source, { filename: 'lib/db.js' });
 *   const report = await migrate({ paths: ['src'], dry: true });
 */
export { transform, type TransformOptions, type TransformResult } from './engine/transform-source';
export { migrate } from './engine/migrate';
export type { MigrateOptions, ProgressEvent } from './engine/migrate-options';
export type { AwaitifyConfig, ParallelMode, ParserName, PrettierMode } from './engine/options';
export type { FileReport, FileStatus, RunReport, RunSummary, Site, SiteKind } from './engine/report';
export { UsageError } from './engine/errors';
export { listTransforms } from './transforms';
export type { AwaitifyTransform } from './transforms/lib/plugin';
