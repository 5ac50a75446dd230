import async from 'async';
import * as db from './db';

interface Order {
  id: number;
}

export async function shipOrder(orderId: number): Promise<string> {
  return async.waterfall([
    (next: (err: Error | null, order?: Order) => void) => db.getOrder(orderId, next),
    (order: Order, next: (err: Error | null, label?: string) => void) => {
      db.printLabel(order.id, (err: Error | null) => {
        if (err) return next(err);
        next(null, 'label-' + order.id);
      });
    },
  ]);
}
