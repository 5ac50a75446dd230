const db = require('./db');

const { promisify } = require('util');

async function loadPage(query) {
  const rows = await promisify(db.find).call(db, query);
  const total = await promisify(db.count).call(db, query);
  return [rows, total];
}

async function renderPage(query) {
  const [rows, total] = await loadPage(query);
  return { rows, total };
}

module.exports = { renderPage };
