import * as api from './api';

interface Page {
  user: unknown;
  orders: unknown[];
}

export async function page(id: string): Promise<Page> {
  const user = await api.getUser(id);
  const orders = await api.listOrders(id);
  return { user, orders };
}
