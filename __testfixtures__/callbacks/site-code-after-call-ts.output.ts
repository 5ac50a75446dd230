import * as fsPromises from 'fs/promises';

export async function appendAudit(file: string, line: string): Promise<void> {
  const resultPromise = fsPromises.appendFile(file, line + '\n');
  console.log('audit queued:', line);
  await resultPromise;
  console.log('audit written');
}
