function fetchRow(id, cb) {
  setTimeout(() => cb(null, { id }), 1);
}

export async function main(id) {
  fetchRow(id, (err, row) => {
    if (err) throw err;
    console.log('row', row.id);
  });
}
