import * as db from './db';

export function timed(id: number): Promise<number> {
  const started = 'start ' + id;
  log(started);
  return db
    .getUser(id)
    .then((user: { id: number }) => user.id * 100)
    .finally(() => log('finished', id));
}
