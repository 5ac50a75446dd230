import * as fsPromises from 'node:fs/promises';

export async function loadTemplate(name) {
  let html;

  try {
    html = await fsPromises.readFile(`views/${name}.html`, 'utf8');
  } catch (err) {
    console.error('template missing:', name);
    throw err;
  }

  return html.replace(/\s+</g, '<');
}
