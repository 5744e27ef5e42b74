import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseDigitString, readNumber } from '../../src/time/chinese-numerals.js';

const POSITIONAL: readonly (readonly [string, number | undefined])[] = [
  ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['三十五', 35], ['廿', 20], ['廿三', 23], ['卅一', 31],
  ['两', 2], ['一百零五', 105], ['两千', 2000], ['一万二千', 12000], ['百', 100], ['二三', undefined], ['十百', undefined], ['', undefined],
];
const DIGITS: readonly (readonly [string, number | undefined])[] = [
  ['二〇二三', 2023], ['一九九八', 1998], ['二○二二', 2022], ['二零二三', 2023], ['两〇二三', undefined], ['二十', undefined],
];

describe('time', () => {
  it.each(POSITIONAL.map(([text, value]) => ({ text, value })))('reads $text as $value', ({ text, value }) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(DIGITS.map(([text, value]) => ({ text, value })))('reads $text digit by digit as $value', ({ text, value }) => {
    expect(parseDigitString(text)).toBe(value);
  });

  it('reads full-width digits and stops at the end of the number', () => {
    expect(readNumber('１９９８年', 0)).toMatchObject({ value: 1998, end: 4, arabic: true });
    expect(readNumber('二十四日', 0)).toMatchObject({ value: 24, end: 3, arabic: false });
    expect(readNumber('十几年', 0, true)).toMatchObject({ value: undefined, approx: true, end: 2 });
  });

  it('refuses runs too long to be part of a time expression', () => {
    expect(readNumber('12345678年', 0)).toBeUndefined();
  });
});
