import * as db from './db';

export const api = {
  base: 'users',
  async fetchAll(ids: number[]): Promise<string[]> {
    const promise = Promise.all(ids.map((id) => db.getUser(id)));

    try {
      const users = await promise;
      return await users.map((u) => `${this.base}/${u.id}`);
    } catch (err: unknown) {
      return [String(err)];
    }
  },
};
