import * as db from './db';

export async function both(id: number): Promise<string> {
  const user = await db.getUser(id);
  log('user', user.id);

  try {
    const orders = await db.getOrders(user.id);
    return await orders.from;
  } catch {
    return 'no orders';
  }
}
