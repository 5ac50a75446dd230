import * as db from './db';

export async function safeName(id: number): Promise<string> {
  let name;

  try {
    const user = await db.getUser(id);
    name = await (user.from as string);
  } catch (e: unknown) {
    name = await (e instanceof Error ? e.message : 'unknown');
  }

  log('name', name);
  return name;
}
