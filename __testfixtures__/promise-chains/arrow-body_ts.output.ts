import * as db from './db';

export const ordersFor = async (id: number): Promise<number> => {
  const orders = await db.getOrders(id);
  return orders.id + 1;
};
