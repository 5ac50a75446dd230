const db = require('./db');

const { promisify } = require('util');

async function fetchProfile(id) {
  const profile = await promisify(db.getProfile).call(db, id);
  return profile;
}

async function loadProfile(req) {
  const id = Number(req.params.id);
  return fetchProfile(id);
}

module.exports = { loadProfile };
