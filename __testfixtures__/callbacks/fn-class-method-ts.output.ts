import * as db from './db';

import { promisify } from 'util';

interface User {
  id: number;
  from: string;
}

class Users {
  private async find(id: number): Promise<User> {
    const user: User = await promisify(db.getUser).call(db, id);
    return user;
  }

  async findName(id: number): Promise<string> {
    const user = await this.find(id);
    return user!.from;
  }
}

export async function nameOf(id: number): Promise<string> {
  const users = new Users();
  const name = await users.findName(id);
  return name;
}
