import * as store from './store.js';

export function cartSize(cartId, cb) {
  store.getCart(cartId, (err, cart) => (!err ? cb(null, cart.items.length) : cb(null, 0)));
}
