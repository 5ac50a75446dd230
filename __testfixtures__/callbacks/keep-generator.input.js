function* batches(items, size, done) {
  for (let i = 0; i < items.length; i += size) {
    yield items.slice(i, i + size);
  }
  done(null, items.length);
}

module.exports = { batches };
