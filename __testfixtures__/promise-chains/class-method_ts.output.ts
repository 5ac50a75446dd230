import * as db from './db';

class Repo {
  constructor(private readonly table: string) {}

  async find(id: number): Promise<string> {
    try {
      const row = await db.find(id);
      return `${this.table}:${row.from}`;
    } catch {
      return `${this.table}:none`;
    }
  }

  static create(): Repo {
    return new Repo('users');
  }
}

export function findUser(id: number): Promise<string> {
  return Repo.create().find(id);
}
