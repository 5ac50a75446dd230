import * as fsPromises from 'fs/promises';

export async function readText(file) {
  const text = await fsPromises.readFile(file, 'utf8');
  return text.trim();
}
