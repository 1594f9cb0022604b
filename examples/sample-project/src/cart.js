// A shopping cart: prices in cents, quantities, discounts.

export function lineTotal(item) {
  return item.price * item.quantity;
}

export function subtotal(items) {
  let sum = 0;
  for (const item of items) {
    sum += lineTotal(item);
  }
  return sum;
}

export function applyDiscount(amount, percent) {
  if (percent < 0 || percent > 100) {
    throw new RangeError(`discount ${percent}% is out of range`);
  }
  return Math.round((amount * (100 - percent)) / 100);
}

export function total(items, discountPercent = 0) {
  return applyDiscount(subtotal(items), discountPercent);
}
