import * as store from './store.js';

import { promisify } from 'util';

export async function cartSize(cartId) {
  let cart;

  try {
    cart = await promisify(store.getCart).call(store, cartId);
  } catch {
    return 0;
  }

  return cart.items.length;
}
