import co from 'co';
import * as db from './db.js';

export const publish = co.wrap(function* (postId) {
  const post = yield db.getPost(postId);
  yield db.publish(post.id);
  return post.id;
});
