import * as fsPromises from 'fs/promises';

export async function size(file: string): Promise<number> {
  const stats = await fsPromises.stat(file);
  return stats.size;
}
