import * as db from './db';

export function both(id: number): Promise<string> {
  return db.getUser(id).then((user) => {
    log('user', user.id);
    return db
      .getOrders(user.id)
      .then((orders) => orders.from)
      .catch(() => 'no orders');
  });
}
