import * as db from './db';

export function chained(data: { id: number }): Promise<string> {
  return db
    .first(data.id)
    .then((data) => db.second(data.id))
    .then((data) => data.from + ':' + data.id);
}
