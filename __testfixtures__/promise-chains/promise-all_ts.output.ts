import * as db from './db';

export async function summary(id: number): Promise<{ total: number }> {
  const [a, b, c] = await Promise.all([db.getA(id), db.getB(id), db.getC(id)]);
  return { total: a.id + b.id + c.id };
}
