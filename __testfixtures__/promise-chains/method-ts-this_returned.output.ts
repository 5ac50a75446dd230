import * as db from './db';

export const api = {
  base: 'users',
  async fetchAll(ids: number[]): Promise<string[]> {
    try {
      const users = await Promise.all(ids.map((id) => db.getUser(id)));
      return await users.map((u) => `${this.base}/${u.id}`);
    } catch (err: unknown) {
      return [String(err)];
    }
  },
};
