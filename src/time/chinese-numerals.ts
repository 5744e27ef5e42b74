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

/** Per code unit: DIGITS value (or -1), UNITS value, TENS value (0 when none). */
const DIGIT_OF = new Int8Array(0x10000).fill(-1);
for (const [ch, v] of Object.entries(DIGITS)) DIGIT_OF[ch.charCodeAt(0)] = v;
const UNIT_OF = new Int32Array(0x10000);
for (const [ch, v] of Object.entries(UNITS)) UNIT_OF[ch.charCodeAt(0)] = v;
const TENS_OF = new Int32Array(0x10000);
for (const [ch, v] of Object.entries(TENS)) TENS_OF[ch.charCodeAt(0)] = v;
const ZERO_1 = 0x96f6; // 零
const ZERO_2 = 0x3007; // 〇
const ZERO_3 = 0x25cb; // ○
const WAN = 0x4e07; // 万
const LIANG = 0x4e24; // 两
const JI = 0x51e0; // 几
const SHU = 0x6570; // 数

/** Value of the ASCII or full-width digit with this code unit, else -1. */
export function digitCodeValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** True for the code unit of an ASCII or full-width digit (NaN, past the end, is none). */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** True for the code unit of a character that can be part of a Chinese numeral (NaN is none). */
export function isChineseNumeralCode(c: number): boolean {
  return NUMERAL_CODES[c] === 1;
}

/** True for a character that can be part of a Chinese numeral. */
export function isChineseNumeral(ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && NUMERAL_CODES[ch.charCodeAt(0)] === 1;
}

/** Parse a positional Chinese numeral (十二, 二十三, 廿三, 一百零五, 两千, 一万二千); undefined if malformed. */
export function parseChineseNumeral(text: string): number | undefined {
  return chineseNumeralIn(text, 0, text.length);
}

/** `parseChineseNumeral(text.slice(from, to))` without the slice. */
function chineseNumeralIn(text: string, from: number, to: number): number | undefined {
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = Number.POSITIVE_INFINITY;
  let seen = false;
  let zeroPending = false;
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    if (c === ZERO_1 || c === ZERO_2 || c === ZERO_3) {
      if (digit >= 0 || !seen) return undefined;
      zeroPending = true;
      continue;
    }
    const d = DIGIT_OF[c]!;
    if (d >= 0) {
      if (digit >= 0) return undefined;
      digit = d;
      seen = true;
      continue;
    }
    const unit = UNIT_OF[c]!;
    if (unit !== 0) {
      if (unit >= lastUnit) return undefined;
      if (digit < 0 && (seen || zeroPending)) return undefined;
      section += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      lastUnit = unit;
      seen = true;
      zeroPending = false;
      continue;
    }
    const tens = TENS_OF[c]!;
    if (tens !== 0) {
      if (seen) return undefined;
      section = tens;
      lastUnit = 10;
      seen = true;
      continue;
    }
    if (c === WAN) {
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
  return digitStringIn(text, 0, text.length);
}

/** `parseDigitString(text.slice(from, to))` without the slice. */
function digitStringIn(text: string, from: number, to: number): number | undefined {
  if (to <= from) return undefined;
  let value = 0;
  for (let k = from; k < to; k += 1) {
    const c = text.charCodeAt(k);
    const d = DIGIT_OF[c]!;
    if (c === LIANG || d < 0) return undefined;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Read a number starting at `i`: Arabic (ASCII or full-width) or Chinese. With `approx`, 几 and 数
 * are accepted (十几, 几十, 数十) and give an undefined `value`. Undefined when no number starts here
 * or the run is too long to be part of a time expression.
 */
export function readNumber(text: string, i: number, approx = false): NumberToken | undefined {
  if (!(i >= 0 && i < text.length) || !Number.isInteger(i)) return readNumberSlow(text, i, approx);
  const first = text.charCodeAt(i);
  if (isDigitCode(first)) {
    let value = 0;
    let k = i;
    while (k < text.length) {
      const d = digitCodeValue(text.charCodeAt(k));
      if (d < 0) break;
      if (k - i >= MAX_ARABIC) return undefined;
      value = value * 10 + d;
      k += 1;
    }
    return { value, digitValue: value, end: k, arabic: true, length: k - i, approx: false };
  }
  if (!(NUMERAL_CODES[first] === 1 || (approx && (first === JI || first === SHU)))) return undefined;
  let k = i;
  let vague = false;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    const numeral = NUMERAL_CODES[c] === 1;
    if (!numeral && !(approx && (c === JI || c === SHU))) break;
    if (k - i >= MAX_CHINESE) return undefined;
    if (!numeral) vague = true;
    k += 1;
  }
  if (vague) {
    // 几, 数, 十几, 几十, 二十几, 数十, 数百: an unknown count.
    if (!/^(?:[一二两三四五六七八九]?十)?[几数](?:十|百|千)?$/.test(text.slice(i, k))) return undefined;
    return { value: undefined, digitValue: undefined, end: k, arabic: false, length: k - i, approx: true };
  }
  const positional = chineseNumeralIn(text, i, k);
  const digits = digitStringIn(text, i, k);
  if (positional === undefined && digits === undefined) return undefined;
  return { value: positional, digitValue: digits, end: k, arabic: false, length: k - i, approx: false };
}

/** The reference reading, for offsets outside the text (kept for exactness; never hot). */
function readNumberSlow(text: string, i: number, approx: boolean): NumberToken | undefined {
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
    if (!/^(?:[一二两三四五六七八九]?十)?[几数](?:十|百|千)?$/.test(run)) return undefined;
    return { value: undefined, digitValue: undefined, end: k, arabic: false, length: k - i, approx: true };
  }
  const positional = parseChineseNumeral(run);
  const digits = parseDigitString(run);
  if (positional === undefined && digits === undefined) return undefined;
  return { value: positional, digitValue: digits, end: k, arabic: false, length: k - i, approx: false };
}
