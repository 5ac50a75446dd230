import db from './db.js';

export default function loadAll(ids) {
  return Promise.all(ids.map((id) => db.getUser(id).then((user) => user.id)))
    .then((list) => list.reduce((a, b) => a + b, 0));
}

export const firstName = (id) =>
  db.getUser(id)
    .then((user) => user.from)
    .catch(() => 'nobody');
