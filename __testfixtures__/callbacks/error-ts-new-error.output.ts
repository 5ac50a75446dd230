import * as accounts from './accounts';

import { promisify } from 'util';

interface Account {
  id: number;
  active: boolean;
}

export async function activeAccount(id: number): Promise<Account> {
  let account: Account;

  try {
    account = await promisify(accounts.load).call(accounts, id);
  } catch {
    console.error('load failed for', id);
    throw new Error(`account ${id} unavailable`);
  }

  return account;
}
