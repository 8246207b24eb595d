import { describe, expect, it } from 'vitest';
import { fill, formatNumber, formatPower } from '../../src/widgets/kit/format';

// Not the engine, but pure and shared by every widget: the numbers readers see.
describe('number formatting for readers', () => {
  it('writes small and large numbers with a superscript exponent', () => {
    expect(formatNumber(0.25 ** 10)).toBe('9.5×10⁻⁷');
    expect(formatNumber(1.5e-12)).toBe('1.5×10⁻¹²');
    expect(formatNumber(123456)).toBe('1.2×10⁵');
    expect(formatNumber(-3e-5)).toBe('−3×10⁻⁵');
  });
  it('writes everyday numbers plainly, without trailing zeros', () => {
    expect(formatNumber(0.25)).toBe('0.25');
    expect(formatNumber(4923.7)).toBe('4920');
    expect(formatNumber(-1234)).toBe('−1230');
    expect(formatNumber(999.96)).toBe('1000');
    expect(formatNumber(0.0012345)).toBe('0.00123');
    expect(formatNumber(0.105, 3)).toBe('0.105');
    expect(formatNumber(1)).toBe('1');
    expect(formatNumber(0)).toBe('0');
  });
  it('rounds a mantissa of 9.96 up to the next power of ten', () => {
    expect(formatNumber(9.96e-7)).toBe('1×10⁻⁶');
  });
  it('names non-finite values instead of printing garbage', () => {
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(Infinity)).toBe('∞');
  });
  it('labels exact powers of ten as 10ⁿ', () => {
    expect(formatPower(1e-9)).toBe('10⁻⁹');
    expect(formatPower(1)).toBe('1');
    expect(formatPower(1000)).toBe('10³');
  });
  it('fills placeholders and leaves unknown ones alone', () => {
    expect(fill('{n}개 층, {x}', { n: 3 })).toBe('3개 층, {x}');
  });
});
