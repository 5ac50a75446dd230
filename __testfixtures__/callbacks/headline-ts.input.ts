import * as db from './db';
import * as billing from './billing';
import * as events from './events';
import * as cache from './cache';

interface Change {
  subject: number;
  buyInfo: number;
}

function summarize(subject: { id: number }, buyInfo: { id: number }): Change {
  return { subject: subject.id, buyInfo: buyInfo.id };
}

export function handle(id: number, cb: (err: Error | null, change?: Change) => void): void {
  db.getSubject(id, (err, subject) => {
    if (err) return cb(err);
    billing.getBuyInfo(subject.id, (err, buyInfo) => {
      if (err) return cb(err);
      const change = summarize(subject, buyInfo);
      events.notifyChange(change, (err) => {
        if (err) return cb(err);
        setImmediate(() => {
          cache.flush(id, () => {});
        });
        cb(null, change);
      });
    });
  });
}
