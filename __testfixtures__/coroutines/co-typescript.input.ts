import co from 'co';
import * as db from './db';

interface User {
  id: number;
}

export const loadName = co.wrap(function* (id: number) {
  const user: User = yield db.getUser(id);
  return `user ${user.id}`;
});
