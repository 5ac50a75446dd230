const dns = require('node:dns');

function describeHost(name, cb) {
  dns.lookup(name, (err, address, family) => {
    if (err) return cb(err);
    dns.reverse(address, (err, hostnames) => {
      if (err) return cb(err);
      cb(null, { address, family, hostnames });
    });
  });
}

module.exports = { describeHost };
