const express = require('./express');
const db = require('./db');

const app = express();

function requireUser(req, res, next) {
  if (!req.headers.authorization) return next(new Error('unauthorized'));
  next();
}

function showUser(req, res, next) {
  db.getUser(req.params.id, (err, user) => {
    if (err) return next(err);
    res.json(user);
  });
}

app.use(requireUser);
app.get('/users/:id', showUser);

module.exports = app;
