import * as db from './db';
import { promisify } from 'util';

interface Order {
  id: number;
}

export async function shipOrder(orderId: number): Promise<string> {
  const order: Order = await promisify(db.getOrder).call(db, orderId);
  await promisify(db.printLabel).call(db, order.id);
  return 'label-' + order.id;
}
