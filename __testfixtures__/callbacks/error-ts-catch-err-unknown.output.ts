import * as fsPromises from 'fs/promises';

export async function readLines(file: string): Promise<string[]> {
  let text;

  try {
    text = await fsPromises.readFile(file, 'utf8');
  } catch (err: any) {
    console.warn('falling back to an empty list:', err.message);
    return [];
  }

  return text.split('\n').filter((line) => line.length > 0);
}
