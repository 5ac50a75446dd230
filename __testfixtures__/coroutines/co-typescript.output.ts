import * as db from './db';

interface User {
  id: number;
}

export const loadName = async function(id: number) {
  const user: User = await db.getUser(id);
  return `user ${user.id}`;
};
