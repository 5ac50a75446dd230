import { promisify } from 'util';
// An ES module by its extension, with no import or export yet: it has no `require`, so the
// promisify it needs is imported.
async function printRow(db) {
  const row = await promisify(db.get).call(db, 1);
  console.log(row);
}

printRow(globalThis.db);
