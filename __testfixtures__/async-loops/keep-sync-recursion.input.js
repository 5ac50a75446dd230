function depth(node) {
  if (!node.children.length) return 1;
  return 1 + Math.max(...node.children.map((child) => depth(child)));
}

function countdown(n, out) {
  if (n === 0) return out;
  out.push(n);
  return countdown(n - 1, out);
}

function names(tree) {
  const out = [];
  tree.forEach(function visit(node) {
    out.push(node.name);
    node.children.forEach(visit);
  });
  return out;
}

module.exports = { depth, countdown, names };
