function* ids(start) {
  let id = start;
  while (true) yield id++;
}

function firstThree() {
  const it = ids(1);
  return [it.next().value, it.next().value, it.next().value];
}

module.exports = { firstThree };
