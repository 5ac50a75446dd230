import * as api from './api';

interface Page {
  user: unknown;
  orders: unknown[];
}

export async function page(id: string): Promise<Page> {
  const [user, orders] = await Promise.all([api.getUser(id), api.listOrders(id)]);
  return { user, orders };
}
