const fs = require('fs');
const dns = require('dns');

const { promisify } = require('util');
const statAsync = promisify(fs.stat);
const lookupAsync = promisify(dns.lookup);

async function check(file, host) {
  const [stats, address] = await Promise.all([statAsync(file), lookupAsync(host)]);
  return { size: stats.size, address };
}

module.exports = { check };
