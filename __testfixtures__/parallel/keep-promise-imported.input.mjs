// `Promise` here is the module's own, not the one `Promise.all` means: nothing is joined.
import { Promise } from './my-promise.mjs';
import * as users from './users.mjs';
import * as orders from './orders.mjs';

export async function dashboard(id) {
  const user = await users.load(id);
  const list = await orders.list(id);
  return { user, list, ready: Promise.resolve(true) };
}
