import * as fsPromises from 'node:fs/promises';

export const exportReport = async (rows, file) => {
  const body = rows.map((row) => row.join(',')).join('\n');

  try {
    await fsPromises.writeFile(file, body);
  } catch (err) {
    console.error('export failed', err.code);
    return;
  }

  console.log('exported', rows.length, 'rows');
};
