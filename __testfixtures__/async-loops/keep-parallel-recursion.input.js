const db = require('./db');

// Starts one crawl per link at once: not a loop.
function crawl(url, depth, cb) {
  db.links(url, (err, links) => {
    if (err) return cb(err);
    if (depth === 0 || links.length === 0) return cb(null);
    let pending = links.length;
    links.forEach((link) => {
      crawl(link, depth - 1, () => {
        pending -= 1;
        if (pending === 0) cb(null);
      });
    });
  });
}

module.exports = { crawl };
