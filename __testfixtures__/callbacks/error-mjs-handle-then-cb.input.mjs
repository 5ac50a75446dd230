import { readFile } from 'node:fs';

export function loadTemplate(name, cb) {
  readFile(`views/${name}.html`, 'utf8', (err, html) => {
    if (err) {
      console.error('template missing:', name);
      cb(err);
      return;
    }
    cb(null, html.replace(/\s+</g, '<'));
  });
}
