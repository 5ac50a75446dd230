import * as fsPromises from 'fs/promises';

interface Options {
  encoding?: BufferEncoding;
}

type Callback = (err: Error | null, text?: string) => void;

async function readText(file: string, options: Options = {}) {
  const opts = options as Options;
  const text = await fsPromises.readFile(file, opts.encoding || 'utf8');
  return text.trim();
}

export async function firstLine(file: string): Promise<string> {
  const text = await readText(file);
  return text!.split('\n')[0];
}
