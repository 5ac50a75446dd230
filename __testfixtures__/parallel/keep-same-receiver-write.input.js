async function addAndTotal(cart, item) {
  await cart.addItem(item.sku);
  const total = await cart.getTotal();
  return total;
}

module.exports = { addAndTotal };
