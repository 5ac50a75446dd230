import * as fsPromises from 'fs/promises';

export async function writeReport(file: string, lines: string[]): Promise<void> {
  const text = lines.join('\n') + '\n';
  await fsPromises.writeFile(file, text);
}
