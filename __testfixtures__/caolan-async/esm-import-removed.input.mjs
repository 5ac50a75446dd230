import async from 'async';
import db from './db';

export async function loadBoth(id) {
  const [user, prefs] = await async.parallel([
    (cb) => db.getUser(id, cb),
    (cb) => db.getPrefs(id, cb),
  ]);
  return { user: user.id, prefs: prefs.id };
}
