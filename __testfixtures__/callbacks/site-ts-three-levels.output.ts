import * as repo from './repo';

import { promisify } from 'util';

type Done = (err: Error | null, total?: number) => void;

export async function totalSpent(customerId: string) {
  const customer: { id: string } = await promisify(repo.getCustomer).call(repo, customerId);
  const orders: Array<{ id: string }> = await promisify(repo.getOrders).call(repo, customer.id);
  const payments: Array<{ amount: number }> = await promisify(repo.getPayments).call(repo, orders.map((o) => o.id));
  return payments.reduce((sum, p) => sum + p.amount, 0);
}
