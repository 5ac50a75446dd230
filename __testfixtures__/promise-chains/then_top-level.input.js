const db = require('./db');

db.warmUp(1).then(() => log('warm'));
