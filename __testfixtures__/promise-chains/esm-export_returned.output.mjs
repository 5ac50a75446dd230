import db from './db.js';

export default async function loadAll(ids) {
  const list = await Promise.all(ids.map(async (id) => {
    const user = await db.getUser(id);
    return user.id;
  }));

  return list.reduce((a, b) => a + b, 0);
}

export const firstName = async (id) => {
  try {
    const user = await db.getUser(id);
    return await user.from;
  } catch {
    return 'nobody';
  }
};
