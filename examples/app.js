'use strict';
// An Express-style service: a tiny router, route handlers that call callback-style services, and a
// demo that sends it a few requests in memory (no network). Run: node examples/app.js

const purchases = require('./purchases');
const catalog = require('./catalog');
const reports = require('./reports');

// Just enough of Express: `get(pattern, handler)` with `:params`, and `dispatch` that answers
// once the handler calls `res.json`, whenever that happens.
function createRouter() {
  const routes = [];
  return {
    get: function (pattern, handler) {
      const names = [];
      const regex = new RegExp('^' + pattern.replace(/:(\w+)/g, function (_, name) {
        names.push(name);
        return '([^/]+)';
      }) + '$');
      routes.push({ regex: regex, names: names, handler: handler });
    },
    dispatch: function (url, cb) {
      const res = {
        statusCode: 200,
        status: function (code) { res.statusCode = code; return res; },
        json: function (body) { cb(null, { status: res.statusCode, body: body }); },
      };
      for (const route of routes) {
        const match = route.regex.exec(url);
        if (!match) continue;
        const params = {};
        route.names.forEach(function (name, i) { params[name] = match[i + 1]; });
        return route.handler({ url: url, params: params }, res);
      }
      res.status(404).json({ error: 'no route for ' + url });
    },
  };
}

function errorStatus(err) {
  return err.code === 'NOT_FOUND' ? 404 : 500;
}

const app = createRouter();

app.get('/purchases/:id', function (req, res) {
  purchases.handle(Number(req.params.id), function (err, change) {
    if (err) return res.status(errorStatus(err)).json({ error: err.message });
    res.json(change);
  });
});

app.get('/purchases/:id/last', function (req, res) {
  purchases.lastPurchase(Number(req.params.id), function (err, buyInfo) {
    if (err) return res.status(errorStatus(err)).json({ error: err.message });
    res.json(buyInfo || { none: true });
  });
});

app.get('/catalog/featured', function (req, res) {
  catalog.featured().then(function (titles) {
    res.json(titles);
  });
});

app.get('/catalog/files', function (req, res) {
  catalog.dataFileSizes(function (err, sizes) {
    if (err) return res.status(500).json({ error: err.message });
    res.json(sizes);
  });
});

app.get('/reports/:date', function (req, res) {
  reports.dailyReport(req.params.date, function (err, report) {
    if (err) return res.status(500).json({ error: err.message });
    res.json(report);
  });
});

const DEMO_REQUESTS = [
  '/purchases/1',
  '/purchases/3',
  '/purchases/42',
  '/purchases/3/last',
  '/catalog/featured',
  '/catalog/files',
  '/reports/2024-03-01',
  '/nowhere',
];

// One request after the other, so the log reads in order.
function runDemo(urls, cb) {
  function next(i) {
    if (i === urls.length) return cb(null);
    app.dispatch(urls[i], function (err, response) {
      if (err) return cb(err);
      console.log('GET %s -> %d %s', urls[i], response.status, JSON.stringify(response.body));
      next(i + 1);
    });
  }
  next(0);
}

if (require.main === module) {
  runDemo(DEMO_REQUESTS, function (err) {
    if (err) {
      console.error(err);
      process.exitCode = 1;
    }
  });
}

module.exports = { app, runDemo };
