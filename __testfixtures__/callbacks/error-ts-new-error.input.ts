import * as accounts from './accounts';

interface Account {
  id: number;
  active: boolean;
}

export function activeAccount(id: number, callback: (err: Error | null, account?: Account) => void): void {
  accounts.load(id, (err: Error | null, account: Account) => {
    if (err) {
      console.error('load failed for', id);
      return callback(new Error(`account ${id} unavailable`));
    }
    callback(null, account);
  });
}
