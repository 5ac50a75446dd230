import * as db from './db';

import { promisify } from 'util';

type Order = { id: number; from: string };
type Callback<T> = (err: Error | null, result?: T) => void;

async function fetchOrder(id: number) {
  const order = await promisify(db.getOrder).call(db, id);
  return order;
}

export async function orderLabel(id: number): Promise<string> {
  const order = await fetchOrder(id);
  return `#${order!.id} from ${order!.from}`;
}
