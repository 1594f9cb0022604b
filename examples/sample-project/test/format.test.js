import { formatCents } from '../src/format.js';

describe('format', () => {
  it('formats cents', () => {
    expect(formatCents(12345)).toBe('123.45 EUR');
    expect(formatCents(-5, 'USD')).toBe('-0.05 USD');
  });
});
