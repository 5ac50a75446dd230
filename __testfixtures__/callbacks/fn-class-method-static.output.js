const db = require('./db');

const { promisify } = require('util');

class Config {
  static async load(name) {
    const raw = await promisify(db.fetch).call(db, name);
    return { name, raw };
  }
}

async function start() {
  const config = await Config.load('app');
  return config.name;
}

module.exports = { start };
