import * as fsPromises from 'fs/promises';

interface Config {
  port: number;
  host: string;
}

export async function loadConfig(file: string): Promise<Config> {
  const text: string = await fsPromises.readFile(file, 'utf8');
  const parsed: Config = JSON.parse(text);
  return { port: parsed.port || 8080, host: parsed.host || 'localhost' };
}
