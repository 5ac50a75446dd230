import * as db from './db';

export async function chained(data: { id: number }): Promise<string> {
  const data2 = await db.first(data.id);
  const data3 = await db.second(data2.id);
  return data3.from + ':' + data3.id;
}
