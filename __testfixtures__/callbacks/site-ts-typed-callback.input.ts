import * as fs from 'fs';

interface Config {
  port: number;
  host: string;
}

export function loadConfig(file: string, cb: (err: Error | null, config?: Config) => void): void {
  fs.readFile(file, 'utf8', (err: NodeJS.ErrnoException | null, text: string) => {
    if (err) return cb(err);
    const parsed: Config = JSON.parse(text);
    cb(null, { port: parsed.port || 8080, host: parsed.host || 'localhost' });
  });
}
