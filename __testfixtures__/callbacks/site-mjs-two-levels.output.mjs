import db from './db.js';

import { promisify } from 'util';

export async function loadThread(threadId) {
  const thread = await promisify(db.getThread).call(db, threadId);
  const replies = await promisify(db.getReplies).call(db, thread.id, { limit: 20 });
  return { ...thread, replies };
}
