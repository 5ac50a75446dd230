import * as fs from 'node:fs';

export const exportReport = async (rows, file) => {
  const body = rows.map((row) => row.join(',')).join('\n');
  fs.writeFile(file, body, (err) => {
    if (err) {
      console.error('export failed', err.code);
      return;
    }
    console.log('exported', rows.length, 'rows');
  });
};
