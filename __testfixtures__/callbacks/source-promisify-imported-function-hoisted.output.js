const { fetchRecord } = require('./records');

const { promisify } = require('util');
const fetchRecordAsync = promisify(fetchRecord);

async function fetchBoth(leftId, rightId) {
  const left = await fetchRecordAsync(leftId);
  const right = await fetchRecordAsync(rightId);
  return { left, right, same: left.id === right.id };
}

module.exports = { fetchBoth };
