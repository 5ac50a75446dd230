import * as db from './db';

class Repo {
  constructor(private readonly table: string) {}

  find(id: number): Promise<string> {
    return db
      .find(id)
      .then((row) => `${this.table}:${row.from}`)
      .catch(() => `${this.table}:none`);
  }

  static create(): Repo {
    return new Repo('users');
  }
}

export function findUser(id: number): Promise<string> {
  return Repo.create().find(id);
}
