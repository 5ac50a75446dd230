const fs = require('fs');
const dns = require('dns');

const { promisify } = require('util');
const statAsync = promisify(fs.stat);
const lookupAsync = promisify(dns.lookup);

async function check(file, host) {
  const stats = await statAsync(file);
  const address = await lookupAsync(host);
  return { size: stats.size, address };
}

module.exports = { check };
