// An ES module by its extension, with no import or export yet: it has no `require`, so the
// promisify it needs is imported.
async function printRow(db) {
  db.get(1, function (err, row) {
    if (err) throw err;
    console.log(row);
  });
}

printRow(globalThis.db);
