import * as db from './db';

export function summary(id: number): Promise<{ total: number }> {
  return Promise.all([db.getA(id), db.getB(id), db.getC(id)]).then(([a, b, c]) => ({ total: a.id + b.id + c.id }));
}
