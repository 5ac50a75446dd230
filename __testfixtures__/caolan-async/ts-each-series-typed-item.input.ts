import * as async from 'async';
import * as fs from 'fs';

export async function appendAll(lines: string[]): Promise<void> {
  await async.eachSeries(lines, (line: string, next: (err?: Error | null) => void) => {
    fs.appendFile('log.txt', line + '\n', next);
  });
}
