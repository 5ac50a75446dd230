import * as db from './db';

export async function safeName(id: number): Promise<string> {
  const name = await db
    .getUser(id)
    .then((user) => user.from as string)
    .catch((e: unknown) => (e instanceof Error ? e.message : 'unknown'));
  log('name', name);
  return name;
}
