import fs from 'fs';

import { promisify } from 'util';

// `fs` here is the parameter, not the module: it must not become fs/promises.
export async function save(fs, name) {
  await promisify(fs.writeFile).call(fs, name, 'x');
  console.log('saved');
}

export async function load(name) {
  const text = await promisify(fs.readFile).call(fs, name, 'utf8');
  console.log(text);
}
