import * as db from './db';

interface User {
  id: number;
  name: string;
}

export class UserService {
  private cache = new Map<number, User>();

  async get(id: number): Promise<User> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const user: User = await db.getUser(id);
    this.cache.set(id, user);
    return user;
  }

  names(ids: number[]): Promise<string[]> {
    return Promise.all(ids.map((id) => this.get(id))).then((users) => users.map((u) => u.name));
  }
}
