const dnsPromises = require('node:dns/promises');

async function describeHost(name) {
  const { address, family } = await dnsPromises.lookup(name);
  const hostnames = await dnsPromises.reverse(address);
  return { address, family, hostnames };
}

module.exports = { describeHost };
