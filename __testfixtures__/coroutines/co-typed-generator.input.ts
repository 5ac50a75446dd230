import co from 'co';
import * as db from './db';

export const loadCount = co.wrap(function* (id: number): Generator<Promise<number>, number, number> {
  const count = yield db.count(id);
  return count;
});
