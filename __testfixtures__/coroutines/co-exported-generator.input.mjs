import co from 'co';
import * as db from './db.js';

export function* loadUser(id) {
  return yield db.getUser(id);
}

export const loadUserAsync = co.wrap(loadUser);
