/**
 * A progress bar on stderr, fed by migrate's onProgress events. Only on a terminal and only for
 * runs big enough to be worth watching; otherwise it ignores the events.
 */
import cliProgress from 'cli-progress';
import type { ProgressEvent } from '../../engine/migrate-options';

/** Smaller runs finish before a bar would be any use. */
export const PROGRESS_MIN_FILES = 50;

export interface ProgressReporter {
  onProgress(event: ProgressEvent): void;
  /** Removes the bar; safe to call more than once, and when no bar was ever shown. */
  stop(): void;
}

export function createProgressReporter(stream: NodeJS.WritableStream & { isTTY?: boolean }, enabled: boolean): ProgressReporter {
  let bar: cliProgress.SingleBar | undefined;
  const stop = (): void => {
    bar?.stop();
    bar = undefined;
  };
  return {
    onProgress(event) {
      if (!enabled || stream.isTTY !== true) return;
      if (event.type === 'start' && event.total > PROGRESS_MIN_FILES) {
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: 'awaitify {bar} {value}/{total} files | {eta_formatted} left | {file}',
            clearOnComplete: true,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(event.total, 0, { file: '' });
      } else if (event.type === 'file') {
        bar?.update(event.done, { file: tail(event.file, 40) });
      } else if (event.type === 'end') {
        stop();
      }
    },
    stop,
  };
}

/** The end of a long path, so the bar stays on one line. */
function tail(file: string, max: number): string {
  return file.length <= max ? file : `…${file.slice(file.length - max + 1)}`;
}
