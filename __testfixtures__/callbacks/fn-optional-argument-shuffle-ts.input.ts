import * as fs from 'fs';

interface Options {
  encoding?: BufferEncoding;
}

type Callback = (err: Error | null, text?: string) => void;

function readText(file: string, options: Options | Callback, cb: Callback): void {
  if (typeof options === 'function') {
    cb = options;
    options = {};
  }
  const opts = options as Options;
  fs.readFile(file, opts.encoding || 'utf8', (err, text) => {
    if (err) return cb(err);
    cb(null, text.trim());
  });
}

export function firstLine(file: string, cb: (err: Error | null, line?: string) => void): void {
  readText(file, (err, text) => {
    if (err) return cb(err);
    cb(null, text!.split('\n')[0]);
  });
}
