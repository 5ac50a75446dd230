import * as db from './db';

type Row = { id: number; from: string };

export function describeRow(id: number): Promise<string> {
  return db.getRow(id).then(({ id: rowId, from }: Row) => `${from}@${rowId}`);
}
