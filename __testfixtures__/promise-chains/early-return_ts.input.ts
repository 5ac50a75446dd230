import * as db from './db';

export function pick(id: number): Promise<string | null> {
  return db
    .getUser(id)
    .then((user) => {
      if (user.id === 1) return null;
      if (user.id === 2) return db.getAlias(user.id).then((alias) => alias.from);
      return 'plain ' + user.id;
    })
    .finally(() => log('picked', id));
}
