import { applyDiscount, lineTotal, subtotal, total } from '../src/cart.js';

describe('cart', () => {
  it('multiplies price by quantity', () => {
    expect(lineTotal({ price: 250, quantity: 3 })).toBe(750);
  });

  it('adds up lines', () => {
    expect(
      subtotal([
        { price: 100, quantity: 2 },
        { price: 50, quantity: 1 },
      ]),
    ).toBe(250);
  });

  it('applies a discount', () => {
    expect(applyDiscount(1000, 15)).toBe(850);
    expect(() => applyDiscount(1000, 120)).toThrow(RangeError);
  });

  it('totals with a discount', () => {
    expect(total([{ price: 1000, quantity: 1 }], 10)).toBe(900);
  });
});
