function pick(items, fn) {
  return items.find(fn);
}

function each(list, fn) {
  list.forEach(fn);
}

module.exports = { pick, each };
