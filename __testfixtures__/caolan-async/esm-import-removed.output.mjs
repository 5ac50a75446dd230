import db from './db';
import { promisify } from 'util';

export async function loadBoth(id) {
  const [user, prefs] = await Promise.all([
    promisify(db.getUser).call(db, id),
    promisify(db.getPrefs).call(db, id),
  ]);
  return { user: user.id, prefs: prefs.id };
}
