import * as db from './db';

export const ordersFor = (id: number): Promise<number> => db.getOrders(id).then((orders) => orders.id + 1);
