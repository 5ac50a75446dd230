import fs from 'fs';

// `fs` here is the parameter, not the module: it must not become fs/promises.
export async function save(fs, name) {
  fs.writeFile(name, 'x', (err) => {
    if (err) throw err;
    console.log('saved');
  });
}

export async function load(name) {
  fs.readFile(name, 'utf8', (err, text) => {
    if (err) throw err;
    console.log(text);
  });
}
