import * as db from './db';

import { promisify } from 'util';

export default async function loadAccount(id) {
  const account = await promisify(db.getAccount).call(db, id);
  return account;
}
