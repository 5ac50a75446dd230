import * as db from './db';

type Row = { id: number; from: string };

export async function describeRow(id: number): Promise<string> {
  const { id: rowId, from }: Row = await db.getRow(id);
  return `${from}@${rowId}`;
}
