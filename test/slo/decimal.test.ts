import { describe, expect, it } from 'vitest';
import { add, cmp, dec, decimalPlaces, div, dividesExactly, mul, sub, toNumber, toText } from '../../src/compile/decimal.ts';

describe('decimal arithmetic for SLO math', () => {
  it('has none of the floating-point noise plain numbers have', () => {
    expect(100 - 99.9).not.toBe(0.1); // the problem being solved
    expect(toText(sub(dec(100), dec(99.9)))).toBe('0.1');
    expect(toNumber(div(mul(dec(2), dec(720)), dec(100), 4))).toBe(14.4);
    expect(toText(mul(dec(0.1), dec(3)))).toBe('0.3');
    expect(toText(add(dec(0.1), dec(0.2)))).toBe('0.3');
    expect(toText(div(dec(100), sub(dec(100), dec(99.9)), 4))).toBe('1000');
  });

  it('rounds half away from zero only where a quotient does not fit', () => {
    expect(toText(div(dec(1), dec(3), 4))).toBe('0.3333');
    expect(toText(div(dec(2), dec(3), 4))).toBe('0.6667');
    expect(toText(div(dec(-2), dec(3), 2))).toBe('-0.67');
    expect(toText(div(dec(5), dec(2), 0))).toBe('3');
    expect(dividesExactly(dec(14.4), dec(1), 1)).toBe(true);
    expect(dividesExactly(dec(1), dec(3), 6)).toBe(false);
    expect(() => div(dec(1), dec(0), 2)).toThrow(/division by zero/);
  });

  it('reads numbers the way they were written, exponents included, and compares exactly', () => {
    expect(decimalPlaces(99.95)).toBe(2);
    expect(decimalPlaces(97)).toBe(0);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(toText(dec(1.5e21))).toBe('1500000000000000000000');
    expect(toText(dec('0.0500'))).toBe('0.05');
    expect(cmp(dec(14.4), dec('14.40'))).toBe(0);
    expect(cmp(dec(99.9), dec(99.95))).toBe(-1);
    expect(() => dec(Number.NaN)).toThrow(RangeError);
    expect(() => dec('1.2.3')).toThrow(RangeError);
  });
});
