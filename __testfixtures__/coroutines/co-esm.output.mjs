import * as db from './db.js';

export const publish = async function(postId) {
  const post = await db.getPost(postId);
  await db.publish(post.id);
  return post.id;
};
