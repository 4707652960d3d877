import { code, increaseByTenPercent, numberOrText, optionalText, present } from './form-values';

describe('form values', () => {
  it('reads a number, keeps text that is not one, and leaves an empty input out', () => {
    expect(numberOrText('1952')).toBe(1952);
    expect(numberOrText(' -200 ')).toBe(-200);
    expect(numberOrText('12.5')).toBe(12.5);
    expect(numberOrText('')).toBeUndefined();
    expect(numberOrText('  ')).toBeUndefined();
    expect(numberOrText('about 1900')).toBe('about 1900');
  });

  it('leaves blank optional text out and upper-cases codes', () => {
    expect(optionalText('  oil on canvas ')).toBe('oil on canvas');
    expect(optionalText('   ')).toBeUndefined();
    expect(code(' fr ')).toBe('FR');
    expect(present('a', undefined)).toEqual({});
    expect(present('a', 0)).toEqual({ a: 0 });
  });

  it('raises an amount by 10 % without floats, rounding up', () => {
    expect(increaseByTenPercent('48000.00')).toBe('52800.00');
    expect(increaseByTenPercent('1234567')).toBe('1358024');
    expect(increaseByTenPercent('0.05')).toBe('0.06');
    expect(increaseByTenPercent('90071992547409.93')).toBe('99079191802150.93');
    expect(increaseByTenPercent('12,5')).toBeUndefined();
  });
});
