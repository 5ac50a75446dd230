import * as fsPromises from 'fs/promises';

export interface Manifest {
  name: string;
  version: string;
}

export const readManifest = async (dir: string): Promise<Manifest> => {
  const text = await fsPromises.readFile(`${dir}/package.json`, 'utf8');
  const { name, version } = JSON.parse(text);
  return { name, version };
};
