// Inside the executor, `opts.value` throwing (no opts) rejects the promise, which the caller's
// .then(_, onError) handles; as `sleep(ms, opts.value)` the caller would get the throw.
function later(ms, opts) {
  return new Promise((resolve) => setTimeout(resolve, ms, opts.value));
}

module.exports = { later };
