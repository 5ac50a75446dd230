const co = require('co');
const db = require('./db');

function* main() {
  const config = yield db.loadConfig('app');
  log('starting with', config.id);
  yield db.connect(config.id);
  log('connected');
}

co(main).catch((err) => log('failed:', err.message));
