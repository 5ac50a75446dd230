const api = require('./api');

// The redirect branch declares its own `url`: a loop assigning `url = …` by name would assign
// that one, and fetch the same page forever.
async function countPages(url, n) {
  if (!url) return n;
  const page = await api.fetchPage(url);
  if (page.redirect) {
    const url = page.redirect;
    return countPages(url, n);
  }
  return countPages(page.next, n + 1);
}

module.exports = { countPages };
