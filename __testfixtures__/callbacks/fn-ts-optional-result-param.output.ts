import * as db from './db';

import { promisify } from 'util';

interface User {
  id: string;
  from: string;
}

export async function getUser(id: string): Promise<User> {
  const user: User = await promisify(db.getUser).call(db, id);
  return user;
}
