import { promisify } from 'util';
const fetchRowAsync = promisify(fetchRow);
function fetchRow(id, cb) {
  setTimeout(() => cb(null, { id }), 1);
}

export async function main(id) {
  const row = await fetchRowAsync(id);
  console.log('row', row.id);
}
