// Completion callbacks that throw too: the exception must stay uncaught, once, at the same time.
module.exports = [
  { name: 'both arrive', entry: 'profile', args: [1] },
  { name: 'orders first', entry: 'profile', args: [1], delays: { 'db.getUser': 8, 'db.getOrders': 2 } },
  { name: 'user fails', entry: 'profile', args: [1], failOn: ['db.getUser'] },
  { name: 'both fail: the first error once', entry: 'profile', args: [1], failOn: ['db.getUser', 'db.getOrders'], delays: { 'db.getUser': 6, 'db.getOrders': 3 } },
  { name: 'two profiles at once', calls: [{ entry: 'profile', args: [1] }, { entry: 'profile', args: [2] }], concurrent: true },
  {
    name: 'the callback throws on success',
    entry: 'profile',
    args: [1, function done(err) { if (!err) throw new Error('done failed'); }],
  },
  {
    name: 'the callback throws on error',
    entry: 'profile',
    args: [1, function done(err) { if (err) throw new Error(`done failed after ${err.message}`); }],
    failOn: ['db.getOrders'],
  },
];
