import * as db from 'fake-typed-db';

import { promisify } from 'util';

// query() returns a Promise without its callback (its types say so): awaited directly.
// end() has no such overload: util.promisify.
export async function countRows(table: string): Promise<number> {
  const row = await db.query('select count(*) from ' + table);
  const audit = await db.query('select * from audit where id = ?', [row.id]);
  await promisify(db.end).call(db);
  return audit.id.length;
}
