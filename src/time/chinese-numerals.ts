/**
 * Chinese and Arabic numerals as written in news text: 二〇二三 (digit by digit), 十二, 廿三,
 * 两, 三十五, 一百零五, full-width １９９８. Readers are bounded (a few characters), so scanning
 * a long run of digits costs constant work per position.
 */

const DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const UNITS: Readonly<Record<string, number>> = { '十': 10, '百': 100, '千': 1000 };
const TENS: Readonly<Record<string, number>> = { '廿': 20, '卅': 30, '卌': 40 };

/** Longest Arabic digit run read as a number; longer runs are not numbers of a time expression. */
const MAX_ARABIC = 7;
/** Longest Chinese numeral run read as a number. */
const MAX_CHINESE = 10;

/** A number read from the text. */
export interface NumberToken {
  /** Positional value (二十三 → 23, 2023 → 2023); undefined when only approximate (几, 数). */
  readonly value: number | undefined;
  /** Digit-by-digit value for runs of bare digits (二〇二三 → 2023), else undefined. */
  readonly digitValue: number | undefined;
  /** Offset after the number. */
  readonly end: number;
  /** True for Arabic digits (ASCII or full-width). */
  readonly arabic: boolean;
  /** Number of UTF-16 units read. */
  readonly length: number;
  /** True when the number holds 几 / 数 (an unknown count). */
  readonly approx: boolean;
}

/** Value of an ASCII or full-width digit, else -1. */
export function digitValue(ch: string | undefined): number {
  if (ch === undefined) return -1;
  const c = ch.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** True for an ASCII or full-width digit. */
export function isDigit(ch: string | undefined): boolean {
  return digitValue(ch) >= 0;
}

/** Code-unit lookup table (a Set of fresh one-char strings would hash on every probe). */
const NUMERAL_CODES = new Uint8Array(0x10000);
for (const ch of [...Object.keys(DIGITS), ...Object.keys(UNITS), ...Object.keys(TENS), '万']) NUMERAL_CODES[ch.charCodeAt(0)] = 1;

/** True for a character that can be part of a Chinese numeral. */
export function isChineseNumeral(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && NUMERAL_CODES[ch.charCodeAt(0)] === 1;
}

/** Parse a positional Chinese numeral (十二, 二十三, 廿三, 一百零五, 两千, 一万二千); undefined if malformed. */
export function parseChineseNumeral(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = Number.POSITIVE_INFINITY;
  let seen = false;
  let zeroPending = false;
  for (let k = 0; k < text.length; k += 1) {
    const ch = text[k] as string;
    if (ch === '零' || ch === '〇' || ch === '○') {
      if (digit >= 0 || !seen) return undefined;
      zeroPending = true;
      continue;
    }
    if (DIGITS[ch] !== undefined) {
      if (digit >= 0) return undefined;
      digit = DIGITS[ch] as number;
      seen = true;
      continue;
    }
    if (UNITS[ch] !== undefined) {
      const unit = UNITS[ch] as number;
      if (unit >= lastUnit) return undefined;
      if (digit < 0 && (seen || zeroPending)) return undefined;
      section += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      lastUnit = unit;
      seen = true;
      zeroPending = false;
      continue;
    }
    if (TENS[ch] !== undefined) {
      if (seen) return undefined;
      section = TENS[ch] as number;
      lastUnit = 10;
      seen = true;
      continue;
    }
    if (ch === '万') {
      if (total > 0) return undefined;
      section += Math.max(digit, 0);
      total = (section === 0 ? 1 : section) * 10000;
      section = 0;
      digit = -1;
      lastUnit = Number.POSITIVE_INFINITY;
      seen = true;
      continue;
    }
    return undefined;
  }
  if (!seen) return undefined;
  return total + section + Math.max(digit, 0);
}

/** Digit-by-digit reading (二〇二三 → 2023, 一九九八 → 1998); undefined unless every char is a bare digit. */
export function parseDigitString(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let value = 0;
  for (let k = 0; k < text.length; k += 1) {
    const ch = text[k] as string;
    if (ch === '两' || DIGITS[ch] === undefined) return undefined;
    value = value * 10 + (DIGITS[ch] as number);
  }
  return value;
}

/**
 * Read a number starting at `i`: Arabic (ASCII or full-width) or Chinese. With `approx`, 几 and 数
 * are accepted (十几, 几十, 数十) and give an undefined `value`. Undefined when no number starts here
 * or the run is too long to be part of a time expression.
 */
export function readNumber(text: string, i: number, approx = false): NumberToken | undefined {
  if (isDigit(text[i])) {
    let value = 0;
    let k = i;
    while (k < text.length && isDigit(text[k])) {
      if (k - i >= MAX_ARABIC) return undefined;
      value = value * 10 + digitValue(text[k]);
      k += 1;
    }
    return { value, digitValue: value, end: k, arabic: true, length: k - i, approx: false };
  }
  const isPart = (ch: string | undefined): boolean => isChineseNumeral(ch) || (approx && (ch === '几' || ch === '数'));
  if (!isPart(text[i])) return undefined;
  let k = i;
  while (k < text.length && isPart(text[k])) {
    if (k - i >= MAX_CHINESE) return undefined;
    k += 1;
  }
  const run = text.slice(i, k);
  if (approx && (run.includes('几') || run.includes('数'))) {
    // 几, 数, 十几, 几十, 二十几, 数十, 数百: an unknown count.
    if (!/^(?:[一二两三四五六七八九]?十)?[几数](?:十|百|千)?$/.test(run)) return undefined;
    return { value: undefined, digitValue: undefined, end: k, arabic: false, length: k - i, approx: true };
  }
  const positional = parseChineseNumeral(run);
  const digits = parseDigitString(run);
  if (positional === undefined && digits === undefined) return undefined;
  return { value: positional, digitValue: digits, end: k, arabic: false, length: k - i, approx: false };
}
