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

export async function handle(id: number): Promise<Change> {
  const subject = await db.getSubject(id);
  const buyInfo = await billing.getBuyInfo(subject.id);
  const change = summarize(subject, buyInfo);
  await events.notifyChange(change);
  setImmediate(() => {
    cache.flush(id, () => {});
  });
  return change;
}
