import * as fsPromises from 'fs/promises';

export async function readWithSize(file: string): Promise<[string, number]> {
  const text = await fsPromises.readFile(file, 'utf8');
  return [text, text.length];
}
