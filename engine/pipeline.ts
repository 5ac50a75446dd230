/**
 * One file through the pipeline: parse once, run the selected transforms in order on the same
 * Collection, print once with recast (untouched code keeps its exact text), re-parse the output.
 * Synchronous and free of I/O so workers and the API share it; formatting happens after.
 */
import { parseFile, parserForFile, ParseError, toFileError } from './parse';
import { detectModuleKind, type PackageType } from './module-kind';
import type { PipelineOptions } from './options';
import { timePhase, type PhaseTimes } from './phase-times';
import { printReusingUntouched } from './print-reuse';
import { emptyFileFacts, emptyProjectFacts, type FileFacts, type ProjectFacts } from './project-facts';
import type { FileError, Site } from './report';
import { hideShebang, repairDirectiveSemicolons, restoreFunctionSpacing, restoreShebang } from './recast-workarounds';
import { detectStyle, restoreBom, stripBom } from './source-style';
import { getTransform } from '../transforms';
import { SiteReporter, type TransformContext } from '../transforms/lib/plugin';

export interface PipelineInput {
  source: string;
  filename: string;
  options: PipelineOptions;
  project?: ProjectFacts;
  packageType?: PackageType;
  /** The file's test runner awaits promises from test functions (engine/test-runner.ts). */
  promiseTests?: boolean;
}

export interface PipelineResult {
  code: string;
  changed: boolean;
  sites: Site[];
  error?: FileError;
  /** Cross-file facts found while transforming (exports that convert, uses of imports). */
  facts?: FileFacts;
  /** Milliseconds by phase (engine/phase-times.ts). */
  times: PhaseTimes;
}

export function runPipeline(input: PipelineInput): PipelineResult {
  const { source, filename, options } = input;
  const style = detectStyle(source);
  const parser = parserForFile(filename, options.parser);
  const reporter = new SiteReporter(stripBom(source), '', style.tabWidth);
  const facts = emptyFileFacts();
  const times: PhaseTimes = {};
  const unchanged = (error?: FileError): PipelineResult => ({
    code: source,
    changed: false,
    sites: sortSites(reporter.sites),
    error,
    facts: error ? undefined : facts,
    times,
  });

  const { source: parseable, shebang } = hideShebang(stripBom(source));
  let parsed;
  try {
    parsed = timePhase(times, 'parse', () => parseFile(parser, parseable, style.tabWidth));
  } catch (error) {
    return unchanged(error instanceof ParseError ? error.fileError : toFileError('parse-error', error));
  }

  const { j, root } = parsed;
  const ctx: TransformContext = {
    j,
    root,
    filename,
    source,
    moduleKind: detectModuleKind(j, root, filename, input.packageType),
    promiseTests: input.promiseTests ?? false,
    options,
    project: input.project ?? emptyProjectFacts(),
    facts,
    report: reporter,
  };

  // Every transform's `prepare` first (in order), then every `run`: a transform may shape the
  // tree for an earlier one (async-loops for callbacks). A transform bug must not corrupt the
  // file: report it and leave the file as it was.
  let touched = false;
  for (const step of ['prepare', 'run'] as const) {
    for (const name of options.transforms) {
      reporter.transform = name;
      try {
        const transform = getTransform(name);
        if (step === 'run') touched = timePhase(times, name, () => transform.run(ctx)) || touched;
        else if (transform.prepare) timePhase(times, name, () => transform.prepare!(ctx));
      } catch (error) {
        const fileError = toFileError('transform-error', error);
        return unchanged({ ...fileError, message: `${name}: ${fileError.message}` });
      }
    }
  }
  if (!touched) return unchanged();

  const printedWithComment = timePhase(times, 'print', () =>
    printReusingUntouched(root.get().node, () =>
      root.toSource({
        quote: style.quote,
        useTabs: style.useTabs,
        tabWidth: style.tabWidth,
        lineTerminator: style.lineTerminator,
        arrowParensAlways: true,
      }),
    ),
  );
  const printed = repairDirectiveSemicolons(restoreShebang(printedWithComment, shebang), parseable, root.get().node.program);
  if (restoreBom(printed, style) === source) return unchanged();

  let output: unknown;
  try {
    output = timePhase(times, 'syntax-check', () => parsed.checkSyntax(printed));
  } catch (error) {
    const reason = error instanceof ParseError ? error.fileError.message : String(error);
    return unchanged({
      code: 'output-does-not-parse',
      message: `the transformed output would not parse (${reason}); file left untouched`,
    });
  }
  const code = restoreBom(restoreFunctionSpacing(printed, parseable, output), style);
  return { code, changed: true, sites: sortSites(reporter.sites), facts, times };
}

/** Report order: by position, then the order the transforms ran in. */
function sortSites(sites: Site[]): Site[] {
  return sites.map((site, index) => ({ site, index })).sort((a, b) => a.site.line - b.site.line || a.site.column - b.site.column || a.index - b.index).map(({ site }) => site);
}
