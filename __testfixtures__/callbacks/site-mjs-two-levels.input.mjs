import db from './db.js';

export function loadThread(threadId, cb) {
  db.getThread(threadId, (err, thread) => {
    if (err) return cb(err);
    db.getReplies(thread.id, { limit: 20 }, (err, replies) => {
      if (err) return cb(err);
      cb(null, { ...thread, replies });
    });
  });
}
