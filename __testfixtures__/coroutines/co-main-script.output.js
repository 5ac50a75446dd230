const db = require('./db');

async function main() {
  const config = await db.loadConfig('app');
  log('starting with', config.id);
  await db.connect(config.id);
  log('connected');
}

main().catch((err) => log('failed:', err.message));
