import * as fsPromises from 'fs/promises';

export async function readLines(file: string): Promise<string[]> {
  let text;

  try {
    text = await fsPromises.readFile(file, 'utf8');
  } catch {
    console.warn('falling back to an empty list for', file);
    return [];
  }

  return text.split('\n').filter((line) => line.length > 0);
}
