import * as db from './db';

type Order = { id: number; from: string };
type Callback<T> = (err: Error | null, result?: T) => void;

function fetchOrder(id: number, cb: Callback<Order>): void {
  db.getOrder(id, (err, order) => {
    if (err) return cb(err);
    cb(null, order);
  });
}

export function orderLabel(id: number, cb: (err: Error | null, label?: string) => void): void {
  fetchOrder(id, (err, order) => {
    if (err) return cb(err);
    cb(null, `#${order!.id} from ${order!.from}`);
  });
}
