import * as db from './db';

export const api = {
  base: 'users',
  fetchAll(ids: number[]): Promise<string[]> {
    return Promise.all(ids.map((id) => db.getUser(id)))
      .then((users) => users.map((u) => `${this.base}/${u.id}`))
      .catch((err: unknown) => [String(err)]);
  },
};
