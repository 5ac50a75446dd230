import * as repo from './repo';

type Done = (err: Error | null, total?: number) => void;

export function totalSpent(customerId: string, done: Done): void {
  repo.getCustomer(customerId, (err: Error | null, customer: { id: string }) => {
    if (err) return done(err);
    repo.getOrders(customer.id, (err: Error | null, orders: Array<{ id: string }>) => {
      if (err) return done(err);
      repo.getPayments(orders.map((o) => o.id), (err: Error | null, payments: Array<{ amount: number }>) => {
        if (err) return done(err);
        done(null, payments.reduce((sum, p) => sum + p.amount, 0));
      });
    });
  });
}
