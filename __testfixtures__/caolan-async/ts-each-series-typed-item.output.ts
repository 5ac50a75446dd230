import * as fsPromises from 'fs/promises';

export async function appendAll(lines: string[]): Promise<void> {
  for (const line of lines) {
    await fsPromises.appendFile('log.txt', line + '\n');
  }
}
