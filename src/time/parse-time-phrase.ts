/**
 * The time scanner's grammar: at one offset, read the longest time phrase that starts there.
 * Small rule functions each read a bounded number of characters (no regex over the open text),
 * so a call costs constant work and a scan over any string is linear.
 * Input: text and an offset → a `PhraseMatch` (syntax only; `resolveTimePhrase` gives values).
 */
import type { TimeGrain } from '../document/types.js';
import { daysInMonth } from './calendar.js';
import { isChineseNumeral, isChineseNumeralCode, isDigit, isDigitCode, readNumber } from './chinese-numerals.js';
import type { NumberToken } from './chinese-numerals.js';
import { FESTIVAL_CONTEXT, FESTIVALS, NUMERAL_FESTIVALS } from './festivals.js';
import type { Festival } from './festivals.js';
import type { FieldSpec, PartOfDay, PhraseMatch, TimeFields, TimePhrase } from './time-phrase.js';

// ───────────────────────────── vocabulary ─────────────────────────────

type Entry<T> = readonly [string, T];

const YEAR_WORDS: readonly Entry<FieldSpec>[] = [
  ['大前年', { rel: -3 }], ['大后年', { rel: 3 }], ['上一年', { rel: -1 }], ['下一年', { rel: 1 }],
  ['前年', { rel: -2 }], ['去年', { rel: -1 }], ['上年', { rel: -1 }], ['今年', { rel: 0 }], ['本年', { rel: 0 }],
  ['明年', { rel: 1 }], ['后年', { rel: 2 }], ['当年', { ctx: 0 }], ['同年', { ctx: 0 }], ['次年', { ctx: 1 }], ['翌年', { ctx: 1 }],
];
const MONTH_WORDS: readonly Entry<FieldSpec>[] = [
  ['上个月', { rel: -1 }], ['下个月', { rel: 1 }], ['这个月', { rel: 0 }], ['本月', { rel: 0 }], ['上月', { rel: -1 }],
  ['下月', { rel: 1 }], ['当月', { ctx: 0 }], ['同月', { ctx: 0 }], ['次月', { ctx: 1 }],
];
const QUARTER_WORDS: readonly Entry<FieldSpec>[] = [
  ['上个季度', { rel: -1 }], ['下个季度', { rel: 1 }], ['本季度', { rel: 0 }], ['上季度', { rel: -1 }], ['下季度', { rel: 1 }],
];
/** Relative and contextual days, some with a part of day (今晚 = 今天晚上). */
const DAY_WORDS: readonly Entry<{ readonly day: FieldSpec; readonly part?: string }>[] = [
  ['大前天', { day: { rel: -3 } }], ['大后天', { day: { rel: 3 } }], ['前天', { day: { rel: -2 } }], ['昨天', { day: { rel: -1 } }],
  ['今天', { day: { rel: 0 } }], ['明天', { day: { rel: 1 } }], ['后天', { day: { rel: 2 } }], ['前日', { day: { rel: -2 } }],
  ['昨日', { day: { rel: -1 } }], ['今日', { day: { rel: 0 } }], ['明日', { day: { rel: 1 } }],
  ['同一天', { day: { ctx: 0 } }], ['当天', { day: { ctx: 0 } }], ['当日', { day: { ctx: 0 } }], ['同日', { day: { ctx: 0 } }],
  ['第二天', { day: { ctx: 1 } }], ['第二日', { day: { ctx: 1 } }], ['次日', { day: { ctx: 1 } }], ['翌日', { day: { ctx: 1 } }],
  ['隔天', { day: { ctx: 1 } }], ['前一天', { day: { ctx: -1 } }], ['前一日', { day: { ctx: -1 } }],
  ['今晚', { day: { rel: 0 }, part: '晚上' }], ['昨晚', { day: { rel: -1 }, part: '晚上' }], ['明晚', { day: { rel: 1 }, part: '晚上' }],
  ['今晨', { day: { rel: 0 }, part: '早晨' }], ['今早', { day: { rel: 0 }, part: '早上' }], ['昨夜', { day: { rel: -1 }, part: '夜间' }],
  ['今夜', { day: { rel: 0 }, part: '夜间' }], ['当晚', { day: { ctx: 0 }, part: '晚上' }], ['当夜', { day: { ctx: 0 }, part: '夜间' }],
];
const PARTS: readonly PartOfDay[] = [
  { word: '上午', from: '00:00', to: '12:00', shift: 'am' },
  { word: '下午', from: '12:00', to: '18:00', shift: 'pm' },
  { word: '午后', from: '12:00', to: '18:00', shift: 'pm' },
  { word: '中午', from: '11:00', to: '13:00', shift: 'noon' },
  { word: '晚上', from: '18:00', to: '24:00', shift: 'pm' },
  { word: '晚间', from: '18:00', to: '24:00', shift: 'pm' },
  { word: '夜晚', from: '18:00', to: '24:00', shift: 'pm' },
  { word: '夜间', from: '18:00', to: '24:00', shift: 'night' },
  { word: '夜里', from: '18:00', to: '24:00', shift: 'night' },
  { word: '深夜', from: '22:00', to: '24:00', shift: 'night' },
  { word: '凌晨', from: '00:00', to: '06:00', shift: 'am' },
  { word: '早上', from: '06:00', to: '09:00', shift: 'am' },
  { word: '早晨', from: '06:00', to: '09:00', shift: 'am' },
  { word: '清晨', from: '06:00', to: '09:00', shift: 'am' },
  { word: '傍晚', from: '17:00', to: '19:00', shift: 'pm' },
  { word: '黄昏', from: '17:00', to: '19:00', shift: 'pm' },
  { word: '白天', from: '06:00', to: '18:00', shift: 'none' },
];
/** One-character parts, only before a clock time (晚8点, 早7时). */
const SHORT_PARTS: readonly PartOfDay[] = [
  { word: '早', from: '06:00', to: '09:00', shift: 'am' },
  { word: '晚', from: '18:00', to: '24:00', shift: 'pm' },
];
const PART_BY_WORD = new Map(PARTS.map((p) => [p.word, p]));
const PART_ENTRIES: readonly Entry<PartOfDay>[] = PARTS.map((p) => [p.word, p]);
const PART_FIRST: ReadonlySet<string> = new Set([...PARTS, ...SHORT_PARTS].map((p) => p.word[0] as string));
/** Vague words: the reference date (day) or year (year). */
const VAGUE_WORDS: readonly Entry<{ readonly grain: 'day' | 'year'; readonly yearOffset: number }>[] = [
  ['近一段时间', { grain: 'day', yearOffset: 0 }], ['近段时间', { grain: 'day', yearOffset: 0 }],
  ['近些年来', { grain: 'year', yearOffset: 0 }], ['近几年来', { grain: 'year', yearOffset: 0 }],
  ['去年同期', { grain: 'year', yearOffset: -1 }], ['上年同期', { grain: 'year', yearOffset: -1 }],
  ['连日来', { grain: 'day', yearOffset: 0 }], ['前不久', { grain: 'day', yearOffset: 0 }], ['不久前', { grain: 'day', yearOffset: 0 }],
  ['近年来', { grain: 'year', yearOffset: 0 }], ['近些年', { grain: 'year', yearOffset: 0 }], ['近几年', { grain: 'year', yearOffset: 0 }],
  ['这些年', { grain: 'year', yearOffset: 0 }], ['这几年', { grain: 'year', yearOffset: 0 }], ['近年', { grain: 'year', yearOffset: 0 }],
  ['近日', { grain: 'day', yearOffset: 0 }], ['日前', { grain: 'day', yearOffset: 0 }], ['近期', { grain: 'day', yearOffset: 0 }],
  ['目前', { grain: 'day', yearOffset: 0 }], ['当前', { grain: 'day', yearOffset: 0 }], ['如今', { grain: 'day', yearOffset: 0 }],
  ['现在', { grain: 'day', yearOffset: 0 }], ['眼下', { grain: 'day', yearOffset: 0 }], ['当下', { grain: 'day', yearOffset: 0 }],
  ['近来', { grain: 'day', yearOffset: 0 }], ['最近', { grain: 'day', yearOffset: 0 }], ['今后', { grain: 'day', yearOffset: 0 }],
  ['年内', { grain: 'year', yearOffset: 0 }],
];
/** Characters before a vague word that make it part of another word (体现在, 节日前, 应当前往). */
const VAGUE_BAD_BEFORE: Readonly<Record<string, string>> = {
  现在: '体表实出发呈展再重兑涌显浮', 日前: '节生假期该当每今昨明次某寿忌吉周末', 当前: '应相担', 当下: '应相担', 今后: '从自',
  年内: '今去明本当同每多几两三四五六七八九十百千数0123456789０１２３４５６７８９',
};
const VAGUE_BAD_AFTER: Readonly<Record<string, string>> = { 当前: '往', 最近: '的', 当下: '去来' };

type DurationUnit = 'Y' | 'Q' | 'M' | 'W' | 'D' | 'H' | 'MI' | 'S';
/** Duration units, longest first; `bare` marks units that need 个 to be a duration in `UNITS_AFTER_GE`. */
const DURATION_UNITS: readonly Entry<DurationUnit>[] = [
  ['个工作日', 'D'], ['个自然日', 'D'], ['个交易日', 'D'], ['个小时', 'H'], ['个钟头', 'H'], ['个星期', 'W'], ['个礼拜', 'W'],
  ['个季度', 'Q'], ['个月', 'M'], ['工作日', 'D'], ['小时', 'H'], ['钟头', 'H'], ['分钟', 'MI'], ['秒钟', 'S'], ['星期', 'W'],
  ['周', 'W'], ['年', 'Y'], ['天', 'D'], ['日', 'D'], ['月', 'M'], ['秒', 'S'],
];
const DURATION_PREFIXES = ['最近', '过去', '未来', '今后', '今明', '近'] as const;
const DURATION_SUFFIXES = ['以来', '之间', '以内', '之内', '来', '间', '内'] as const;

const CONNECTORS = ['——', '至', '到', '—', '–', '－', '-', '~', '～', '〜'] as const;
const OPEN_QUOTES = '“"「『‘\'';
const CLOSE_QUOTES = '”"」』’\'';
const WEEKDAYS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

// ───────────────────────────── small readers ─────────────────────────────

function skipSpaces(text: string, i: number, max = 2): number {
  let k = i;
  while (k < text.length && k - i < max && isSpaceCode(text.charCodeAt(k))) k += 1;
  return k;
}

/** A space (ASCII, ideographic, no-break, tab); NaN (outside the text) is none. */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x09;
}

/** Entries indexed by the code unit they start with, plus this index's bit in `WORD_FIRST`. */
interface WordIndex<T> {
  readonly bit: number;
  readonly byCode: ReadonlyMap<number, readonly Entry<T>[]>;
}

/** Per code unit, the bits of the word indexes holding an entry that starts with it. */
const WORD_FIRST = new Uint16Array(0x10000);
let wordBits = 0;

/** Indexes `entries` by first code unit (list order kept: longest first). */
function wordIndex<T>(entries: readonly Entry<T>[]): WordIndex<T> {
  const bit = 1 << wordBits++;
  const byCode = new Map<number, Entry<T>[]>();
  for (const entry of entries) {
    const code = entry[0].charCodeAt(0);
    const list = byCode.get(code) ?? [];
    list.push(entry);
    byCode.set(code, list);
    WORD_FIRST[code] = WORD_FIRST[code]! | bit;
  }
  return { bit, byCode };
}

/** The first entry (longest first by list order) whose word starts at `i`; entries are indexed by first char. */
function word<T>(text: string, i: number, index: WordIndex<T>): Entry<T> | undefined {
  if (!(i < text.length)) return undefined;
  const code = text.charCodeAt(i);
  if (((WORD_FIRST[code] ?? 0) & index.bit) === 0) return undefined;
  const candidates = index.byCode.get(code);
  if (candidates === undefined) return undefined;
  for (const entry of candidates) if (text.startsWith(entry[0], i)) return entry;
  return undefined;
}

function oneOf(text: string, i: number, words: readonly string[]): string | undefined {
  for (const w of words) if (text.startsWith(w, i)) return w;
  return undefined;
}

function charIn(ch: string | undefined, set: string): boolean {
  return ch !== undefined && ch.length > 0 && set.includes(ch);
}

function isAsciiLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A number that may start here: not the tail of a longer number, code or decimal. */
function numberAt(text: string, i: number, approx = false): NumberToken | undefined {
  // Code units (NaN outside the text, which no test accepts): no one-character strings.
  const prev = text.charCodeAt(i - 1);
  if (isDigitCode(text.charCodeAt(i))) {
    if (isDigitCode(prev) || isAsciiLetterCode(prev) || isNumberJoiner(prev)) return undefined;
  } else if (isChineseNumeralCode(prev)) return undefined;
  return readNumber(text, i, approx);
}

/** `.-/_．·`: characters that join a number to a code or decimal before it. */
function isNumberJoiner(c: number): boolean {
  return c === 0x2e || c === 0x2d || c === 0x2f || c === 0x5f || c === 0xff0e || c === 0xb7;
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A number inside a phrase (after a unit or connector): no left-boundary check. */
function numberIn(text: string, i: number): NumberToken | undefined {
  return readNumber(text, i);
}

/** The connector of a range at `i` (after spaces), and the offset after it. */
function connectorAt(text: string, i: number): number | undefined {
  const j = skipSpaces(text, i, 1);
  const c = oneOf(text, j, CONNECTORS);
  return c === undefined ? undefined : skipSpaces(text, j + c.length, 1);
}

function smallValue(n: NumberToken | undefined, max: number, min = 1): number | undefined {
  if (n === undefined || n.value === undefined) return undefined;
  if (n.arabic ? n.length > 2 : n.length > 3) return undefined;
  return n.value >= min && n.value <= max ? n.value : undefined;
}

// ───────────────────────────── calendar components ─────────────────────────────

interface Part<T> { readonly end: number; readonly value: T }

/** 2023年, 二〇二三年, 2023年度, 今年, 去年, 当年. */
function yearPart(text: string, i: number): Part<FieldSpec> | undefined {
  const w = word(text, i, YEAR_WORDS_INDEX);
  if (w !== undefined) {
    const after = text[i + w[0].length];
    const contextual = w[0] === '当年' || w[0] === '同年';
    if (charIn(after, '龄级纪') || (contextual && (after === '轻' || charIn(text[i - 1], '相应充担每')))) return undefined;
    if (w[0] === '后年' && charIn(text[i - 1], '前先落之以今')) return undefined;
    let end = i + w[0].length;
    if (text[end] === '度') end += 1;
    return { end, value: w[1] };
  }
  const n = numberAt(text, i);
  if (n === undefined || n.length !== 4) return undefined;
  const y = n.arabic ? n.value : n.digitValue;
  if (y === undefined || y < 1000 || y > 2999) return undefined;
  const j = skipSpaces(text, n.end);
  if (text[j] !== '年' || text[j + 1] === '代' || charIn(text[j + 1], '级制轻')) return undefined;
  return { end: text[j + 1] === '度' ? j + 2 : j + 1, value: { abs: y } };
}

/** 2023-03-24, 2023/3/24, 2023.3.24, 2023-03. */
function numericDate(text: string, i: number): Part<{ y: number; m: number; d?: number }> | undefined {
  const yn = numberAt(text, i);
  if (yn === undefined || !yn.arabic || yn.length !== 4 || yn.value === undefined || yn.value < 1900 || yn.value > 2100) return undefined;
  const sep = text[yn.end];
  if (sep !== '-' && sep !== '/' && sep !== '.' && sep !== '－' && sep !== '／') return undefined;
  const mn = numberIn(text, yn.end + 1);
  const m = smallValue(mn, 12);
  if (mn === undefined || m === undefined || !mn.arabic) return undefined;
  if (text[mn.end] === sep) {
    const dn = numberIn(text, mn.end + 1);
    const d = smallValue(dn, daysInMonth(yn.value, m));
    if (dn === undefined || d === undefined || !dn.arabic || isDigit(text[dn.end]) || charIn(text[dn.end], '.-/')) return undefined;
    return { end: dn.end, value: { y: yn.value, m, d } };
  }
  if (sep === '.' || isDigit(text[mn.end]) || charIn(text[mn.end], '.-/%') || mn.length !== 2) return undefined;
  return { end: mn.end, value: { y: yn.value, m } };
}

/** A numeric range inside a unit: `1—2月`, `一至三季度` → [a, b] and the offset after the numbers. */
function innerRange(text: string, i: number, max: number, unit: string): Part<readonly [number, number]> | undefined {
  const a = smallValue(numberAt(text, i), max);
  if (a === undefined) return undefined;
  const an = readNumber(text, i) as NumberToken;
  const k = connectorAt(text, an.end);
  if (k === undefined) return undefined;
  const bn = numberIn(text, k);
  const b = smallValue(bn, max);
  if (bn === undefined || b === undefined || b <= a) return undefined;
  const j = skipSpaces(text, bn.end);
  if (!text.startsWith(unit, j)) return undefined;
  return { end: j + unit.length, value: [a, b] };
}

/** `前三季度`, `前两个月` → [1, n]. */
function firstN(text: string, i: number, max: number, units: readonly string[]): Part<readonly [number, number]> | undefined {
  if (text[i] !== '前') return undefined;
  const n = smallValue(readNumber(text, i + 1), max);
  if (n === undefined) return undefined;
  const nn = readNumber(text, i + 1) as NumberToken;
  const unit = oneOf(text, nn.end, units);
  return unit === undefined ? undefined : { end: nn.end + unit.length, value: [1, n] };
}

/** 一季度, 第一季度, 1季度, 本季度, 上季度. */
function quarterPart(text: string, i: number, standalone: boolean): Part<FieldSpec> | undefined {
  if (standalone) {
    const w = word(text, i, QUARTER_WORDS_INDEX);
    if (w !== undefined) return { end: i + w[0].length, value: w[1] };
  }
  const k = text[i] === '第' ? i + 1 : i;
  const n = k === i ? numberAt(text, k) : numberIn(text, k);
  const q = smallValue(n, 4);
  if (n === undefined || q === undefined || n.length > 1) return undefined;
  const j = skipSpaces(text, n.end, 1);
  if (!text.startsWith('季度', j)) return undefined;
  if (standalone && k === i && charIn(text[i - 1], '个几每这那')) return undefined;
  return { end: j + 2, value: { abs: q } };
}

const EDGE_BAD_AFTER = '步次期稿审赛选具级心衷中始';

/** 初 / 底 / 末 right after a year or month (年初, 3月底); with `unit`, the unit word first (年底). */
function edgePart(text: string, i: number, unit: string): Part<'start' | 'end'> | undefined {
  let k = i;
  if (unit !== '' && text.startsWith(unit, k)) k += unit.length;
  else if (unit !== '') return undefined;
  const ch = text[k];
  if (ch === '初' && !charIn(text[k + 1], EDGE_BAD_AFTER)) return { end: k + 1, value: 'start' };
  if ((ch === '底' || ch === '末') && !charIn(text[k + 1], '线部层端梢尾')) return { end: k + 1, value: 'end' };
  return undefined;
}

const MONTH_BAD_AFTER = '薪供租饼亮球票报刊嫂台光经子季息费卡均度';
const MONTH_BAD_BEFORE = '第每几数个半多这那本隔逐按近前';

/** 3月, 三月, 3月份, 十二月; standalone also 本月, 上个月, 当月. */
function monthPart(text: string, i: number, standalone: boolean): Part<FieldSpec> | undefined {
  if (standalone) {
    const w = word(text, i, MONTH_WORDS_INDEX);
    if (w !== undefined) {
      if (charIn(text[i + w[0].length], '球亮台光')) return undefined;
      return { end: i + w[0].length, value: w[1] };
    }
  }
  const n = standalone ? numberAt(text, i) : numberIn(text, i);
  const m = smallValue(n, 12);
  if (n === undefined || m === undefined) return undefined;
  const j = skipSpaces(text, n.end);
  if (text[j] !== '月') return undefined;
  if (charIn(text[j + 1], MONTH_BAD_AFTER) || oneOf(text, j + 1, ['一次', '一期', '一回', '一趟', '两次', '革命']) !== undefined) return undefined;
  if (standalone && charIn(text[i - 1], MONTH_BAD_BEFORE)) return undefined;
  const end = text[j + 1] === '份' ? j + 2 : j + 1;
  return { end, value: { abs: m } };
}

/** 23日, 二十三日, 23号 (号 only after a month). */
function dayPart(text: string, i: number, month: number | undefined, afterMonth: boolean): Part<number> | undefined {
  const n = numberIn(text, i);
  const d = smallValue(n, month === undefined ? 31 : daysInMonth(undefined, month));
  if (n === undefined || d === undefined) return undefined;
  const j = skipSpaces(text, n.end);
  const unit = text[j];
  if (unit !== '日' && !(afterMonth && unit === '号')) return undefined;
  if (oneOf(text, j + 1, ['以内', '之内', '内', '游', '来']) !== undefined) return undefined;
  return { end: j + 1, value: d };
}

/** A day without a month: 24日 (Arabic), or a Chinese one before a part of day, clock or punctuation. */
function bareDay(text: string, i: number, continuation: boolean): Part<number> | undefined {
  if (!continuation && charIn(text[i - 1], '第每几数个近多前后这那连隔逐今昨明当次同周期')) return undefined;
  const n = continuation ? numberIn(text, i) : numberAt(text, i);
  if (n === undefined) return undefined;
  const p = dayPart(text, i, undefined, false);
  if (p === undefined) return undefined;
  if (!n.arabic && !continuation) {
    const k = skipSpaces(text, p.end);
    const next = text[k];
    const ok = next === undefined || charIn(next, '，,、。；;：:') || partAt(text, k) !== undefined || clockAt(text, k, true) !== undefined;
    if (!ok) return undefined;
  }
  return p;
}

/** 上旬 / 中旬 / 下旬. */
function xunPart(text: string, i: number): Part<1 | 2 | 3> | undefined {
  if (text[i + 1] !== '旬') return undefined;
  const ch = text[i];
  if (ch === '上') return { end: i + 2, value: 1 };
  if (ch === '中') return { end: i + 2, value: 2 };
  if (ch === '下') return { end: i + 2, value: 3 };
  return undefined;
}

const WEEK_PREFIXES: readonly Entry<number>[] = [['上个', -1], ['下个', 1], ['这个', 0], ['上', -1], ['下', 1], ['本', 0], ['这', 0]];
const WEEK_NOUNS = ['星期', '礼拜', '周'] as const;

/** 本周, 上周五, 下个星期一, 周日, 礼拜天, 周末. */
function weekPart(text: string, i: number): Part<{ week: number; weekday?: number; weekend?: boolean }> | undefined {
  const p = word(text, i, WEEK_PREFIXES_INDEX);
  let k = p === undefined ? i : i + p[0].length;
  const noun = oneOf(text, k, WEEK_NOUNS);
  if (noun === undefined) return undefined;
  k += noun.length;
  const week = p === undefined ? 0 : p[1];
  const ch = text[k];
  if (ch !== undefined && ch in WEEKDAYS && !(noun === '周' && ch === '日' && text[k + 1] === '报')) {
    if (p === undefined && (isChineseNumeral(text[i - 1]) || isDigit(text[i - 1]))) return undefined;
    if (charIn(text[k + 1], '年岁')) return undefined;
    return { end: k + 1, value: { week, weekday: WEEKDAYS[ch] as number } };
  }
  if (ch === '末' && noun === '周') return { end: k + 1, value: { week, weekend: true } };
  if (p === undefined || charIn(ch, '期岁年边围转刊报')) return undefined;
  return { end: k, value: { week } };
}

/** （星期五）, (周五), or ` 星期五` after a full date: absorbed, the date wins. */
function weekdayNote(text: string, i: number): number | undefined {
  const k = skipSpaces(text, i, 1);
  const open = text[k] === '（' || text[k] === '(';
  const j = open ? k + 1 : k;
  const noun = oneOf(text, j, ['星期', '礼拜', '周']);
  if (noun === undefined || (!open && noun === '周')) return undefined;
  const ch = text[j + noun.length];
  if (ch === undefined || !(ch in WEEKDAYS)) return undefined;
  const end = j + noun.length + 1;
  if (!open) return end;
  return text[end] === '）' || text[end] === ')' ? end + 1 : undefined;
}

const FESTIVAL_FIRST: ReadonlySet<string> = new Set([...FESTIVALS.keys(), ...NUMERAL_FESTIVALS.keys(), '正月', '大年'].map((w) => w[0] as string));
/** Per code unit: 1 when in FESTIVAL_FIRST. */
const FESTIVAL_FIRST_CODES = new Uint8Array(0x10000);
for (const ch of FESTIVAL_FIRST) FESTIVAL_FIRST_CODES[ch.charCodeAt(0)] = 1;
/** Per first code unit: bit `len` set when a festival name of that length (2–7) starts with it. */
const FESTIVAL_LENGTHS = new Uint8Array(0x10000);
for (const name of FESTIVALS.keys()) {
  if (name.length >= 2 && name.length <= 7) FESTIVAL_LENGTHS[name.charCodeAt(0)] = FESTIVAL_LENGTHS[name.charCodeAt(0)]! | (1 << name.length);
}

/** 春节, 国庆节, 正月初五, “五一”, 十一黄金周 (span 十一). */
function festivalPart(text: string, i: number): Part<Festival> | undefined {
  if (!(i >= 0 && i < text.length) || FESTIVAL_FIRST_CODES[text.charCodeAt(i)] !== 1) return undefined;
  const lengths = FESTIVAL_LENGTHS[text.charCodeAt(i)]!;
  for (let len = Math.min(7, text.length - i); len >= 2; len -= 1) {
    if (((lengths >> len) & 1) === 0) continue;
    const f = FESTIVALS.get(text.slice(i, i + len));
    if (f !== undefined) return { end: i + len, value: f };
  }
  if (text.startsWith('正月初', i) || text.startsWith('大年初', i)) {
    const n = smallValue(readNumber(text, i + 3), 10, 2);
    if (n !== undefined && !isChineseNumeral(text[i + 3 + (readNumber(text, i + 3) as NumberToken).length])) {
      const end = (readNumber(text, i + 3) as NumberToken).end;
      return { end, value: { name: text.slice(i, end), rule: { kind: 'lunar', base: 'spring', offset: n - 1 }, month: 2 } };
    }
  }
  const f = NUMERAL_FESTIVALS.get(text.slice(i, i + 2));
  if (f === undefined || isChineseNumeral(text[i - 1]) || isChineseNumeral(text[i + 2])) return undefined;
  const quoted = charIn(text[i - 1], OPEN_QUOTES) && charIn(text[i + 2], CLOSE_QUOTES);
  const k = charIn(text[i + 2], CLOSE_QUOTES) ? i + 3 : i + 2;
  const context = text.slice(i, i + 2) === '十一'
    ? oneOf(text, k, ['黄金周', '长假', '假期', '小长假', '国庆']) !== undefined
    : text.slice(i, i + 2) === '清明'
      ? oneOf(text, k, ['节', '假期', '小长假', '期间', '前后', '当天', '时节', '祭扫']) !== undefined
      : oneOf(text, k, FESTIVAL_CONTEXT) !== undefined || oneOf(text, k, ['劳动节', '国际劳动节', '建党', '建军', '儿童节', '青年节', '妇女节']) !== undefined;
  if (!(quoted && text.slice(i, i + 2) !== '清明') && !context) return undefined;
  return { end: i + 2, value: f };
}

/** 上午, 下午, 晚上, 凌晨 …; 早 / 晚 only right before a clock time, or 晚 right after a day (`afterDay`). */
function partAt(text: string, i: number, afterDay = false): Part<PartOfDay> | undefined {
  if (!PART_FIRST.has(text[i] as string)) return undefined;
  const entry = word(text, i, PART_ENTRIES_INDEX);
  if (entry !== undefined) {
    const p = entry[1];
    const after = text[i + p.word.length];
    if ((p.word === '下午' && after === '茶') || (p.word === '白天' && after === '鹅')) return undefined;
    if ((p.word === '夜间' || p.word === '夜晚') && text.startsWith('经济', i + 2)) return undefined;
    return { end: i + p.word.length, value: p };
  }
  for (const p of SHORT_PARTS) {
    if (text[i] !== p.word) continue;
    const k = skipSpaces(text, i + 1, 1);
    if (clockAt(text, k, true) !== undefined) return { end: i + 1, value: p };
    // 3月22日晚 / 当日晚: 晚 right after a day, unless it starts a word (晚会, 晚报, 晚于 …).
    if (afterDay && p.word === '晚' && k === i + 1 && !charIn(text[i + 1], '会宴报餐饭些于点间上霞年辈期婚安')) {
      return { end: i + 1, value: PART_BY_WORD.get('晚上') as PartOfDay };
    }
  }
  return undefined;
}

const CLOCK_BAD_AFTER = '代期候间刻节光尚政机段针速效差工';
const POINT_OK_AFTER = ['分', '半', '整', '钟', '许', '左右', '前后', '多', '之前', '以前', '以后', '之后', '起', '开始', '至', '到', '—', '-', '－', '～', '~'];

/**
 * 9时, 9时30分, 下午3点 (3点), 8点半, 9:30, 零时. `context` is true after a date or part of day,
 * where any reading is accepted; alone, Chinese hours need a minute or 许/整 and never read 一时,
 * and N点 needs a clock word after it (3点建议 is not a time).
 */
function clockAt(text: string, i: number, context: boolean): Part<{ hour: number; minute?: number }> | undefined {
  let hour: number;
  let k: number;
  let chinese = false;
  let unit = '';
  if (text.startsWith('零时', i) || text.startsWith('零点', i)) {
    hour = 0;
    k = i + 2;
    unit = text[i + 1] as string;
    if (charIn(text[k], CLOCK_BAD_AFTER)) return undefined;
  } else {
    const n = context ? numberIn(text, i) : numberAt(text, i);
    if (n === undefined || n.value === undefined || (n.arabic ? n.length > 2 : n.length > 3) || n.value > 24) return undefined;
    hour = n.value;
    chinese = !n.arabic;
    const j = skipSpaces(text, n.end, 1);
    if (n.arabic && (text[j] === ':' || text[j] === '：')) {
      const mn = readNumber(text, j + 1);
      if (mn === undefined || !mn.arabic || mn.length !== 2 || mn.value === undefined || mn.value > 59) return undefined;
      if (isDigit(text[mn.end]) || text[mn.end] === ':' || text[mn.end] === '：') return undefined;
      return { end: mn.end, value: { hour, minute: mn.value } };
    }
    unit = text[j] as string;
    if (unit !== '时' && unit !== '点') return undefined;
    k = j + 1;
    if (charIn(text[k], CLOCK_BAD_AFTER)) return undefined;
  }
  let minute: number | undefined;
  let end = k;
  const m = skipSpaces(text, k, 1);
  if (text[m] === '半') {
    minute = 30;
    end = m + 1;
  } else {
    const mn = readNumber(text, m);
    if (mn !== undefined && mn.value !== undefined && mn.value <= 59) {
      const u = skipSpaces(text, mn.end, 1);
      if (text[u] === '分' && text[u + 1] !== '钟') {
        minute = mn.value;
        end = u + 1;
        const s = readNumber(text, skipSpaces(text, end, 1));
        if (s !== undefined && s.value !== undefined && s.value <= 59 && text[s.end] === '秒' && text[s.end + 1] !== '钟') end = s.end + 1;
      } else if (unit === '点' && mn.arabic && mn.length === 2 && !isDigit(text[mn.end])) {
        minute = mn.value;
        end = mn.end;
      }
    }
  }
  const approx = oneOf(text, end, ['左右', '许', '整', '钟']);
  if (!context) {
    if (chinese && hour === 1) return undefined;
    if (chinese && minute === undefined && approx === undefined) return undefined;
    if (unit === '点' && minute === undefined && oneOf(text, k, POINT_OK_AFTER) === undefined) return undefined;
  }
  if (approx !== undefined && !(approx === '钟' && unit !== '点')) end += approx.length;
  return { end, value: minute === undefined ? { hour } : { hour, minute } };
}

// ───────────────────────────── composite date-time ─────────────────────────────

/** The first field a composite wrote, for numeric ranges (2021—2025年 → year). */
type Lead = 'year' | 'quarter' | 'month' | 'day' | 'hour' | 'other';

interface Composite { readonly end: number; readonly fields: TimeFields; readonly lead: Lead }

function isDayLevel(f: TimeFields): boolean {
  return f.day !== undefined || f.festival !== undefined || f.weekday !== undefined;
}

/** What may follow a year: a quarter (range), a month range, 上半年, 年底, a month or a festival. Returns the new offset. */
function afterYear(text: string, pos: number, f: TimeFields): number {
  const k = skipSpaces(text, pos);
  const qr = innerRange(text, k, 4, '季度') ?? firstN(text, k, 4, QUARTER_UNITS);
  if (qr !== undefined) {
    f.quarters = qr.value;
    return qr.end;
  }
  const q = quarterPart(text, k, false);
  if (q !== undefined) {
    f.quarter = q.value;
    return q.end;
  }
  const mr = innerRange(text, k, 12, '月') ?? firstN(text, k, 12, MONTH_UNITS);
  if (mr !== undefined) {
    f.months = mr.value;
    return mr.end;
  }
  const half = halfAt(text, k);
  if (half !== undefined) {
    f.half = half;
    return k + 3;
  }
  const edge = edgePart(text, pos, '') ?? edgePart(text, k, '年');
  if (edge !== undefined) {
    f.edge = edge.value;
    return edge.end;
  }
  const m = monthPart(text, k, false);
  if (m !== undefined) {
    f.month = m.value;
    return m.end;
  }
  const fest = festivalPart(text, k);
  if (fest !== undefined) {
    f.festival = fest.value;
    return fest.end;
  }
  return pos;
}

const QUARTER_UNITS = ['个季度', '季度'] as const;
const MONTH_UNITS = ['个月', '月'] as const;

function halfAt(text: string, i: number): 1 | 2 | undefined {
  return text.startsWith('上半年', i) ? 1 : text.startsWith('下半年', i) ? 2 : undefined;
}

/** The first component of a phrase without a year. Returns the new offset and the lead field. */
function firstComponent(text: string, i: number, continuation: boolean, f: TimeFields): { end: number; lead: Lead } {
  const none = { end: i, lead: 'other' as Lead };
  const standalone = !continuation;
  const q = quarterPart(text, i, standalone);
  if (q !== undefined) {
    f.quarter = q.value;
    return { end: q.end, lead: 'abs' in q.value ? 'quarter' : 'other' };
  }
  const qr = innerRange(text, i, 4, '季度') ?? firstN(text, i, 4, QUARTER_UNITS);
  if (qr !== undefined) {
    f.quarters = qr.value;
    return { end: qr.end, lead: 'other' };
  }
  const half = halfAt(text, i);
  if (half !== undefined) {
    f.half = half;
    return { end: i + 3, lead: 'other' };
  }
  const edge = text[i] === '年' ? edgePart(text, i, '年') : undefined;
  if (edge !== undefined && !charIn(text[i - 1], '新跨全一两三四五六七八九十每')) {
    f.edge = edge.value;
    return { end: edge.end, lead: 'other' };
  }
  const m = monthPart(text, i, standalone);
  if (m !== undefined) {
    f.month = m.value;
    return { end: m.end, lead: 'abs' in m.value ? 'month' : 'other' };
  }
  const dw = word(text, i, DAY_WORDS_INDEX);
  if (dw !== undefined && !(dw[0] === '今日' && text.startsWith('头条', i + 2)) && !(dw[0] === '后天' && charIn(text[i - 1], '先天'))) {
    f.day = dw[1].day;
    if (dw[1].part !== undefined) f.part = PART_BY_WORD.get(dw[1].part);
    return { end: i + dw[0].length, lead: 'other' };
  }
  const wk = weekPart(text, i);
  if (wk !== undefined) {
    f.week = wk.value.week;
    if (wk.value.weekday !== undefined) f.weekday = wk.value.weekday;
    if (wk.value.weekend === true) f.weekend = true;
    return { end: wk.end, lead: 'other' };
  }
  const fest = festivalPart(text, i);
  if (fest !== undefined) {
    f.festival = fest.value;
    return { end: fest.end, lead: 'other' };
  }
  const bd = bareDay(text, i, continuation);
  if (bd !== undefined) {
    f.day = { abs: bd.value };
    return { end: bd.end, lead: 'day' };
  }
  // 月底 / 月初 alone: this month.
  if (text[i] === '月' && !charIn(text[i - 1], '个每半岁年')) {
    const e = edgePart(text, i, '月');
    if (e !== undefined) {
      f.month = { rel: 0 };
      f.edge = e.value;
      return { end: e.end, lead: 'other' };
    }
  }
  return none;
}

/**
 * Year → quarter | half | month → day | 旬 | edge → weekday note → part of day → clock, each step
 * optional, at most two spaces between steps. `continuation` is the right side of a range, where
 * bare numbers are read more freely (3月23日至25日, 8点到10点).
 */
function composite(text: string, i: number, continuation: boolean): Composite | undefined {
  const f: TimeFields = {};
  let pos = i;
  let lead: Lead = 'other';
  const nd = numericDate(text, i);
  const y = nd === undefined ? yearPart(text, i) : undefined;
  if (nd !== undefined) {
    f.year = { abs: nd.value.y };
    f.month = { abs: nd.value.m };
    if (nd.value.d !== undefined) f.day = { abs: nd.value.d };
    pos = nd.end;
    lead = 'year';
  } else if (y !== undefined) {
    f.year = y.value;
    lead = 'abs' in y.value ? 'year' : 'other';
    pos = afterYear(text, y.end, f);
  } else {
    const first = firstComponent(text, i, continuation, f);
    pos = first.end;
    lead = first.lead;
  }

  // 一季度末 / 三季度初.
  if (f.quarter !== undefined && 'abs' in f.quarter) {
    const e = edgePart(text, pos, '');
    if (e !== undefined) { f.edge = e.value; pos = e.end; }
  }
  // Below the month: day, 旬 or edge.
  if (f.month !== undefined && f.day === undefined && f.edge === undefined) {
    const k = skipSpaces(text, pos);
    const monthNo = 'abs' in f.month ? f.month.abs : undefined;
    const d = dayPart(text, k, monthNo, true);
    const x = d === undefined ? xunPart(text, k) : undefined;
    const e = d === undefined && x === undefined ? edgePart(text, pos, '') : undefined;
    if (d !== undefined) { f.day = { abs: d.value }; pos = d.end; }
    else if (x !== undefined) { f.xun = x.value; pos = x.end; }
    else if (e !== undefined) { f.edge = e.value; pos = e.end; }
  }
  if (pos === i) return undefined;

  if (isDayLevel(f) && f.week === undefined) {
    const note = weekdayNote(text, pos);
    if (note !== undefined) pos = note;
  }
  const openForClock = f.quarter === undefined && f.quarters === undefined && f.half === undefined && f.months === undefined
    && f.xun === undefined && f.edge === undefined && f.weekend !== true && !(f.week !== undefined && f.weekday === undefined)
    && (f.day !== undefined || f.festival !== undefined || f.weekday !== undefined || (f.year === undefined && f.month === undefined));
  if (openForClock && f.part === undefined) {
    const k = skipSpaces(text, pos);
    const p = partAt(text, k, isDayLevel(f) && k === pos);
    if (p !== undefined) { f.part = p.value; pos = p.end; }
  }
  if (openForClock) {
    const k = skipSpaces(text, pos);
    const c = clockAt(text, k, isDayLevel(f) || f.part !== undefined || continuation);
    if (c !== undefined) {
      f.hour = c.value.hour;
      if (c.value.minute !== undefined) f.minute = c.value.minute;
      pos = c.end;
    }
  }
  if (pos === i) return undefined;
  return { end: pos, fields: f, lead };
}

/** A clock or part of day alone at the start (下午, 9时30分, 晚8点). */
function clockComposite(text: string, i: number, continuation: boolean): Composite | undefined {
  const f: TimeFields = {};
  let pos = i;
  const p = partAt(text, i);
  if (p !== undefined) { f.part = p.value; pos = p.end; }
  const k = skipSpaces(text, pos);
  const c = clockAt(text, k, p !== undefined || continuation);
  if (c !== undefined) {
    f.hour = c.value.hour;
    if (c.value.minute !== undefined) f.minute = c.value.minute;
    pos = c.end;
  }
  if (pos === i) return undefined;
  return { end: pos, fields: f, lead: p === undefined ? 'hour' : 'other' };
}

function anyComposite(text: string, i: number, continuation: boolean): Composite | undefined {
  const a = composite(text, i, continuation);
  const b = clockComposite(text, i, continuation);
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.end > a.end ? b : a;
}

// ───────────────────────────── phrases ─────────────────────────────

/** A date or clock phrase, with 以来 / 至今 / a range to a second phrase. */
function datePhrase(text: string, i: number): PhraseMatch | undefined {
  const a = anyComposite(text, i, false);
  if (a === undefined) return undefined;
  if (text.startsWith('以来', a.end)) return { start: i, end: a.end + 2, phrase: { type: 'since', from: a.fields } };
  const s = skipSpaces(text, a.end, 1);
  const now = oneOf(text, s, ['至今', '到今', '至现在', '到现在', '至目前', '到目前']);
  if (now !== undefined && !(now.endsWith('今') && charIn(text[s + 2], '年天日晚后'))) {
    return { start: i, end: s + now.length, phrase: { type: 'since', from: a.fields } };
  }
  const k = connectorAt(text, a.end);
  if (k !== undefined) {
    const b = anyComposite(text, k, true);
    if (b !== undefined) return { start: i, end: b.end, phrase: { type: 'range', from: a.fields, to: b.fields } };
  }
  return { start: i, end: a.end, phrase: { type: 'point', fields: a.fields } };
}

/** `2021—2025年`, `1至3月`, `9—11时`, `23至25日`: the bare left number takes the right side's unit. */
function numericRange(text: string, i: number): PhraseMatch | undefined {
  const n = numberAt(text, i);
  if (n === undefined || n.value === undefined) return undefined;
  const k = connectorAt(text, n.end);
  if (k === undefined) return undefined;
  const b = anyComposite(text, k, true);
  if (b === undefined) return undefined;
  const bf = b.fields;
  const from: TimeFields = {};
  const value = n.value;
  if (b.lead === 'year' && bf.year !== undefined && 'abs' in bf.year) {
    const y = n.arabic ? n.value : n.digitValue;
    if (n.length !== 4 || y === undefined || y < 1000 || y > bf.year.abs) return undefined;
    from.year = { abs: y };
  } else if (b.lead === 'quarter' && smallValue(n, 4) !== undefined) {
    from.quarter = { abs: value };
  } else if (b.lead === 'month' && smallValue(n, 12) !== undefined) {
    from.month = { abs: value };
  } else if (b.lead === 'day' && smallValue(n, 31) !== undefined) {
    from.day = { abs: value };
  } else if (b.lead === 'hour' && smallValue(n, 24, 0) !== undefined && bf.part === undefined) {
    from.hour = value;
  } else {
    return undefined;
  }
  return { start: i, end: b.end, phrase: { type: 'range', from, to: bf } };
}

/** 十四五, “十四五”时期, 十三五期间 → the plan's five years. */
function planPeriod(text: string, i: number): PhraseMatch | undefined {
  const quoted = charIn(text[i], OPEN_QUOTES);
  const s = quoted ? i + 1 : i;
  if (isChineseNumeral(text[s - 1]) && !quoted) return undefined;
  let k = s;
  while (k < text.length && k - s < 4 && isChineseNumeral(text[k])) k += 1;
  if (k - s < 2 || text[k - 1] !== '五') return undefined;
  const plan = readNumber(text.slice(s, k - 1), 0);
  if (plan === undefined || plan.value === undefined || plan.length !== k - 1 - s || plan.value < 6 || plan.value > 19) return undefined;
  const closed = quoted && charIn(text[k], CLOSE_QUOTES);
  if (quoted && !closed) return undefined;
  const after = closed ? k + 1 : k;
  const period = oneOf(text, after, ['时期', '期间']);
  const other = oneOf(text, after, ['规划', '计划', '期末', '末期', '初期', '中期', '以来', '开局', '末', '初']);
  if (!closed && period === undefined && other === undefined) return undefined;
  const first = plan.value <= 2 ? 1953 + 5 * (plan.value - 1) : 1966 + 5 * (plan.value - 3);
  const phrase: TimePhrase = { type: 'fixed', value: `${first}/${first + 4}`, grain: 'year', kind: 'range' };
  if (period !== undefined) return { start: i, end: after + period.length, phrase };
  return { start: s, end: k, phrase };
}

/** 20世纪90年代, 上世纪80年代, 90年代, 1990年代, 21世纪. */
function decade(text: string, i: number): PhraseMatch | undefined {
  let k = i;
  let century: number | undefined;
  const named = oneOf(text, i, ['上个世纪', '上世纪', '本世纪']);
  if (named !== undefined) {
    century = named === '本世纪' ? 21 : 20;
    k = i + named.length;
  } else {
    const c = numberAt(text, i);
    if (c !== undefined && c.value !== undefined && c.value >= 1 && c.value <= 30 && text.startsWith('世纪', skipSpaces(text, c.end))) {
      century = c.value;
      k = skipSpaces(text, c.end) + 2;
    }
  }
  const dn = century === undefined ? numberAt(text, i) : numberIn(text, k);
  let start: number | undefined;
  let end = k;
  if (dn !== undefined && dn.value !== undefined && text.startsWith('年代', skipSpaces(text, dn.end))) {
    const v = dn.value;
    if (dn.arabic && dn.length === 4 && v % 10 === 0 && century === undefined) start = v;
    else if (v % 10 === 0 && v >= 0 && v <= 90 && (dn.arabic ? dn.length === 2 : true)) {
      const base = century !== undefined ? (century - 1) * 100 : v >= 30 ? 1900 : 2000;
      start = base + v;
    }
    if (start !== undefined) end = skipSpaces(text, dn.end) + 2;
  }
  let value: string;
  if (start !== undefined) value = `${start}/${start + 9}`;
  else if (century !== undefined) value = `${(century - 1) * 100 + 1}/${century * 100}`;
  else return undefined;
  const e = oneOf(text, end, ['初期', '中期', '末期', '中叶', '初', '末']);
  if (e !== undefined) end += e.length;
  return { start: i, end, phrase: { type: 'fixed', value, grain: 'year', kind: e === undefined ? 'range' : 'vague' } };
}

const YEAR_BAD_AFTER = ['级', '制', '代', '轻', '龄', '纪', '度', '一度', '一次', '一届', '一遇', '四季', '规划', '计划', '行动', '发展规划', '攻坚', '到头'];

/** 三年, 5个工作日, 24小时, 半年, 两个多月, 近三年来, 多年, 三年前 (offset), 今后三年 (ahead). */
function duration(text: string, i: number): PhraseMatch | undefined {
  const prefix = oneOf(text, i, DURATION_PREFIXES);
  let k = prefix === undefined ? i : i + prefix.length;
  if (prefix === undefined && charIn(text[i - 1], '第每某哪')) return undefined;
  // 这一天 / 同一天 / 有一天 name a day, not a length of time; 年复一年 is an idiom.
  if (prefix === undefined && text[i] === '一' && (charIn(text[i - 1], '这那同有') || text.startsWith('年复', i - 2))) return undefined;
  // 差不多年年: 多 ends 差不多 (or 不多), it does not count years.
  if (prefix === undefined && text[i] === '多' && text[i - 1] === '不') return undefined;
  let n: number | undefined;
  let approx = false;
  let half = false;
  if (text[k] === '半') {
    n = 0;
    half = true;
    k += 1;
  } else if (text[k] === '多' || text.startsWith('若干', k)) {
    approx = true;
    k += text[k] === '多' ? 1 : 2;
  } else {
    const t = prefix === undefined ? numberAt(text, k, true) : readNumber(text, k, true);
    if (t === undefined) return undefined;
    if (t.length === 4 && (t.arabic ? (t.value ?? 0) >= 1000 && (t.value ?? 0) < 2200 : t.digitValue !== undefined)) return undefined;
    if (!t.arabic && t.value === undefined && !t.approx) return undefined;
    approx = t.approx;
    n = t.value;
    k = t.end;
    if (text[k] === '多' || text[k] === '余') k += 1;
  }
  // 两个多月, 一个半小时: 个 before 多 / 半, then the bare unit.
  let ge = false;
  if (text.startsWith('个多', k) || (!half && text.startsWith('个半', k))) {
    half ||= text[k + 1] === '半';
    ge = true;
    k += 2;
  }
  const u = word(text, k, DURATION_UNITS_INDEX);
  if (u === undefined || (prefix === '今明' && u[1] !== 'Y')) return undefined;
  let unit = u[1];
  const withGe = u[0].startsWith('个');
  if (ge && withGe) return undefined;
  if (u[0] === '月' && !ge && !(approx && text[k - 1] === '数')) return undefined;
  k += u[0].length;
  // Guards: 三年级, 五年规划, 一周年, 天然气, 3日 (a day of month unless 内/来 follows), 月 needs 个.
  if (unit === 'Y' && oneOf(text, k, YEAR_BAD_AFTER) !== undefined) return undefined;
  if (u[0] === '周' && (charIn(text[k], '年岁') || (n === undefined && !approx))) return undefined;
  // 一天天 / 一年年: day after day, not a length of time.
  if (prefix === undefined && n === 1 && u[0].length === 1 && text[k] === u[0]) return undefined;
  if (u[0] === '天' && charIn(text[k], '然津安空堂')) return undefined;
  if (u[0] === '日' && ((!approx && oneOf(text, k, ['以内', '之内', '内', '来']) === undefined) || charIn(text[k], '子常益报本'))) return undefined;
  if (u[0] === '星期' && charIn(text[k], '一二三四五六日天')) return undefined;
  if (!half && unit !== 'W' && unit !== 'MI' && unit !== 'S' && text[k] === '半') {
    half = true;
    k += 1;
  }
  if (half && (unit === 'W' || unit === 'MI' || unit === 'S' || unit === 'Q' || approx)) return undefined;
  // Suffixes and relative readings.
  const rel = oneOf(text, k, ['以前', '之前', '以后', '之后', '前', '后']);
  if (rel !== undefined && prefix === undefined && !approx && !half && n !== undefined && !text.startsWith('前后', k)
    && (unit === 'Y' || unit === 'W' || (unit === 'D' && !u[0].includes('工作') && !u[0].includes('交易')) || (unit === 'M' && withGe))) {
    const sign = rel.includes('前') ? -1 : 1;
    const offsetUnit = unit === 'Y' ? 'year' : unit === 'M' ? 'month' : unit === 'W' ? 'week' : 'day';
    return { start: i, end: k + rel.length, phrase: { type: 'offset', unit: offsetUnit, n: sign * n } };
  }
  if ((prefix === '今后' || prefix === '未来' || prefix === '今明') && unit === 'Y' && n !== undefined && n > 0 && !half) {
    return { start: i, end: k, phrase: { type: 'ahead', years: n } };
  }
  if ((text[k] === '多' || text[k] === '余') && oneOf(text, k + 1, DURATION_SUFFIXES) !== undefined) k += 1;
  const suffix = oneOf(text, k, DURATION_SUFFIXES);
  if (suffix !== undefined) k += suffix.length;
  if (unit === 'Q') {
    unit = 'M';
    return { start: i, end: k, phrase: { type: 'duration', value: `P${n === undefined ? 'X' : n * 3}M`, grain: 'quarter' } };
  }
  const count = approx || n === undefined ? 'X' : String(n);
  return { start: i, end: k, phrase: durationPhrase(count, unit, half) };
}

function durationPhrase(count: string, unit: DurationUnit, half: boolean): TimePhrase {
  const some = count !== '0';
  const c = (value: string, grain: TimeGrain): TimePhrase => ({ type: 'duration', value, grain });
  switch (unit) {
    case 'Y': return half ? c(`P${some ? `${count}Y` : ''}6M`, 'month') : c(`P${count}Y`, 'year');
    case 'M': return half ? c(`P${some ? `${count}M` : ''}15D`, 'day') : c(`P${count}M`, 'month');
    case 'W': return c(`P${count}W`, 'week');
    case 'D': return half ? c(`P${some ? `${count}DT` : 'T'}12H`, some ? 'hour' : 'halfday') : c(`P${count}D`, 'day');
    case 'H': return half ? c(`PT${some ? `${count}H` : ''}30M`, 'minute') : c(`PT${count}H`, 'hour');
    case 'MI': return c(`PT${count}M`, 'minute');
    case 'S': return c(`PT${count}S`, 'minute');
    default: return c(`P${count}Y`, 'year');
  }
}

/** 近日, 目前, 近年来, 去年同期 … */
function vague(text: string, i: number): PhraseMatch | undefined {
  const w = word(text, i, VAGUE_WORDS_INDEX);
  if (w === undefined) return undefined;
  const before = VAGUE_BAD_BEFORE[w[0]];
  const after = VAGUE_BAD_AFTER[w[0]];
  if (before !== undefined && charIn(text[i - 1], before)) return undefined;
  if (after !== undefined && charIn(text[i + w[0].length], after)) return undefined;
  return { start: i, end: i + w[0].length, phrase: { type: 'vague', ...w[1] } };
}

/** 每年, 每月15日, 每周一, 每天上午, 每隔三天: a recurring set, consumed and not reported. */
function recurring(text: string, i: number): PhraseMatch | undefined {
  if (text[i] !== '每') return undefined;
  let k = i + 1;
  if (text[k] === '隔' || text[k] === '逢') k += 1;
  const d = duration(text, k);
  const first = d === undefined ? anyComposite(text, k, true) : undefined;
  if (d !== undefined) k = d.end;
  else if (first !== undefined) k = first.end;
  else {
    const unit = oneOf(text, k, ['年度', '季度', '个月', '星期', '小时', '年', '月', '天', '日', '周', '晚', '夜']);
    if (unit !== undefined) k += unit.length;
    const c = anyComposite(text, k, true);
    if (c !== undefined) k = c.end;
    if (k === i + 1 || (k === i + 2 && text[i + 1] === '隔')) return undefined;
  }
  // 每周六、周日上午9:00—11:30: the whole list and its range belong to the set.
  for (let n = 0; n < 8; n += 1) {
    const sep = text[k] === '、' || text[k] === '和' || text[k] === '及' ? k + 1 : connectorAt(text, k);
    const more = sep === undefined ? undefined : anyComposite(text, sep, true);
    if (more === undefined) break;
    k = more.end;
  }
  return { start: i, end: k, phrase: { type: 'skip' } };
}

const YEAR_WORDS_INDEX = wordIndex(YEAR_WORDS);
const QUARTER_WORDS_INDEX = wordIndex(QUARTER_WORDS);
const MONTH_WORDS_INDEX = wordIndex(MONTH_WORDS);
const WEEK_PREFIXES_INDEX = wordIndex(WEEK_PREFIXES);
const PART_ENTRIES_INDEX = wordIndex(PART_ENTRIES);
const DAY_WORDS_INDEX = wordIndex(DAY_WORDS);
const DURATION_UNITS_INDEX = wordIndex(DURATION_UNITS);
const VAGUE_WORDS_INDEX = wordIndex(VAGUE_WORDS);

const RULES = [recurring, planPeriod, decade, numericRange, datePhrase, vague, duration] as const;

/** A cheap first-character filter per rule (the rule itself decides). */
function ruleMayStart(rule: (typeof RULES)[number], ch: string, numeric: boolean): boolean {
  switch (rule) {
    case recurring: return ch === '每';
    case planPeriod: return numeric || OPEN_QUOTES.includes(ch);
    case decade: return numeric || ch === '上' || ch === '本';
    case numericRange: return numeric;
    case duration: return numeric || '半多若几数最过未今近'.includes(ch);
    default: return true;
  }
}

/** The longest time phrase starting at `i` (earlier rules win ties), or undefined. */
export function parseTimePhrase(text: string, i: number): PhraseMatch | undefined {
  // Never start inside a number, a code (G20, 0579-…) or a decimal.
  const ch = text[i];
  const prev = text[i - 1];
  if (isDigit(ch) && (isDigit(prev) || isAsciiLetter(prev) || charIn(prev, '.-/_．·'))) return undefined;
  if (isChineseNumeral(ch) && isChineseNumeral(prev)) return undefined;
  const numeric = isDigit(ch) || isChineseNumeral(ch);
  let best: PhraseMatch | undefined;
  for (const rule of RULES) {
    if (!ruleMayStart(rule, ch as string, numeric)) continue;
    const m = rule(text, i);
    if (m !== undefined && m.end > m.start && (best === undefined || m.end > best.end)) best = m;
  }
  return best;
}

let startCodes: Uint8Array | undefined;
/** Per code unit: 0 no phrase starts with it; 1 a phrase may; 2 only with a second unit in `secondUnits`. */
let startKinds: Uint8Array | undefined;
let secondUnits: Map<number, number[]> | undefined;

/**
 * Units that start a phrase through something other than a listed word of two or more units:
 * numbers (digits, Chinese numerals, 几, 数), quotes, and the single characters the rules test at
 * the start (每, 第, 前, 年, 月, 上/下 半年, 本/这/周 weeks, 早/晚 before a clock, duration prefixes).
 * Every other start unit is followed by the second unit of one of the listed words.
 */
const OPEN_STARTS = '0123456789０１２３４５６７８９〇○零一二两三四五六七八九十百千万廿卅卌几数每第前年月上下本这周早晚半多若最过未今近';

function buildStarts(): void {
  const words: string[] = [
    ...YEAR_WORDS.map((e) => e[0]), ...MONTH_WORDS.map((e) => e[0]), ...QUARTER_WORDS.map((e) => e[0]),
    ...DAY_WORDS.map((e) => e[0]), ...PARTS.map((p) => p.word), ...SHORT_PARTS.map((p) => p.word),
    ...VAGUE_WORDS.map((e) => e[0]), ...DURATION_PREFIXES, ...FESTIVALS.keys(), ...NUMERAL_FESTIVALS.keys(),
    '每', '第', '上', '下', '本', '这', '星期', '礼拜', '周', '年', '月', '正月', '大年', '多', '若干', '半', '零', '几', '数',
    ...OPEN_QUOTES, ...'0123456789０１２３４５６７８９〇○零一二两三四五六七八九十百千万廿卅',
  ];
  const codes = new Uint8Array(0x10000);
  const kinds = new Uint8Array(0x10000);
  const seconds = new Map<number, number[]>();
  for (const w of words) {
    const c = w.charCodeAt(0);
    codes[c] = 1;
    if (w.length === 1) { kinds[c] = 1; continue; }
    if (kinds[c] === 0) kinds[c] = 2;
    const list = seconds.get(c) ?? [];
    if (!list.includes(w.charCodeAt(1))) list.push(w.charCodeAt(1));
    seconds.set(c, list);
  }
  for (let k = 0; k < OPEN_STARTS.length; k++) if (codes[OPEN_STARTS.charCodeAt(k)] === 1) kinds[OPEN_STARTS.charCodeAt(k)] = 1;
  for (let k = 0; k < OPEN_QUOTES.length; k++) kinds[OPEN_QUOTES.charCodeAt(k)] = 1;
  startCodes = codes;
  startKinds = kinds;
  secondUnits = seconds;
}

/** True when a time phrase may start with `ch` (a cheap filter before `parseTimePhrase`). */
export function mayStartTimePhrase(ch: string): boolean {
  if (startCodes === undefined) buildStarts();
  return ch.length > 0 && startCodes![ch.charCodeAt(0)] === 1;
}

/**
 * True when a time phrase may start at `i` (a cheap filter before `parseTimePhrase`, exact: false
 * only where `parseTimePhrase` finds nothing): `mayStartTimePhrase`, and for a start unit that only
 * begins listed words (国 in 国庆节), the next unit of one of them.
 */
export function mayStartTimeAt(text: string, i: number): boolean {
  if (startKinds === undefined) buildStarts();
  const c = text.charCodeAt(i);
  const kind = startKinds![c];
  if (kind === 1) return true;
  if (kind !== 2) return false;
  return secondUnits!.get(c)!.includes(text.charCodeAt(i + 1));
}
