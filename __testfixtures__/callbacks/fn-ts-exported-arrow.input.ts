import { readFile } from 'fs';

export interface Manifest {
  name: string;
  version: string;
}

export const readManifest = (dir: string, cb: (err: Error | null, manifest?: Manifest) => void): void => {
  readFile(`${dir}/package.json`, 'utf8', (err, text) => {
    if (err) return cb(err);
    const { name, version } = JSON.parse(text);
    cb(null, { name, version });
  });
};
