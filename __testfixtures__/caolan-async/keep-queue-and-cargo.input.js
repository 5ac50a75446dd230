const async = require('async');
const db = require('./db');

const writes = async.queue((job, done) => db.write(job, done), 2);
const batches = async.cargo((jobs, done) => db.writeMany(jobs, done), 10);

module.exports = { writes, batches };
