/**
 * findOrganizationMentions: text + OrgLexicon (+ place spans) → organization mentions, in order
 * and non-overlapping. One left-to-right pass: at each position the longest suffix; its prefix is a
 * place (永康农商银行), a level character at a boundary (市委, 市矛调中心) or a 2–4 character name
 * (XX集团). A branch suffix right after a mention extends it and keeps the parent (永康农商银行总行营业部);
 * 该行 refers to the last bank. Linear in the text; never throws; `text.slice(start, end) === name`.
 */
import { centerKind, LEVEL_CHARS, type OrgKind, type OrgLexicon, type OrgSuffix, suffixKind } from './org-kinds.js';

/** A span of a place name (from the places step), used as an organization prefix. */
export interface PlaceSpan {
  /** First UTF-16 unit, inclusive. */
  readonly start: number;
  /** Last UTF-16 unit, exclusive. */
  readonly end: number;
}

/** An organization found in text. */
export interface OrgMention {
  /** First UTF-16 unit, inclusive. */
  readonly start: number;
  /** Last UTF-16 unit, exclusive. */
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly name: string;
  /** Organization kind. */
  readonly kind: OrgKind;
  /** `full`, `short` (a bare brand such as 农商银行) or `reference` (该行). */
  readonly form: 'full' | 'short' | 'reference';
  /** The level character it is relative to when no place is written (市 in 市委), resolved later. */
  readonly level?: string;
  /** The organization it is a unit of (永康农商银行 for 永康农商银行总行营业部). */
  readonly parent?: { readonly start: number; readonly end: number; readonly name: string; readonly kind: OrgKind };
}

/** Characters that end a prefix when scanning backwards. */
const STOP = new Set('的在赴到于从至往是对把将被让给了着与及或等为也都又就并而但要去向由以、和同跟请');
/** A prefix may not start with these. */
const BAD_FIRST = new Set('这那该各每此某其所全本诸些个一有');
/** Prefixes that are ordinary words (一流社区银行, 相关部门). */
const GENERIC = new Set(('相关 有关 各级 各类 部分 所有 全部 其他 其它 这些 那些 一些 多家 多个 各个 各地 当地 本地 我们 他们 大型 小型 '
  + '重点 主要 一流 优秀 先进 国有 民营 私营 外资 合资 金融 商业 社区 农村 城市 地方 基层 上级 下级 国家 世界 全国 全省 全市 '
  + '新型 现代 未来 特色 品牌 知名 龙头 骨干 领军').split(' '));
/** Words that begin with a level character but do not name a level (市场监管局, 区域中心, 县城). */
const LEVEL_WORDS = new Set(['市场', '市民', '市值', '市面', '市容', '区域', '区间', '县城', '县域', '省份', '州府', '镇上', '乡村', '乡镇']);
/** Characters after 该行 that make it 该行业, 应该行动 … */
const NOT_AFTER_REF = new Set('业为动驶走程情列');

function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** True when position p starts a word: text start, non-CJK or a stop character before it. */
function atBoundary(text: string, p: number, bound: number): boolean {
  if (p <= bound) return true;
  const prev = text.charCodeAt(p - 1);
  return !isCjk(prev) || STOP.has(text[p - 1] ?? '');
}

/** `heads` by code unit (heads are keyed by one unit; other keys never match `text[i]`). */
const headsByCode = new WeakMap<OrgLexicon['heads'], ReadonlyArray<readonly number[] | undefined>>();

function headLengths(heads: OrgLexicon['heads']): ReadonlyArray<readonly number[] | undefined> {
  let table = headsByCode.get(heads);
  if (!table) {
    const t: Array<readonly number[] | undefined> = new Array(65536).fill(undefined);
    for (const [h, lengths] of heads) if (h.length === 1) t[h.charCodeAt(0)] = lengths;
    headsByCode.set(heads, (table = t));
  }
  return table;
}

/** The longest suffix row starting at i; `byCode` is `headLengths(lexicon.heads)`. */
function suffixAt(text: string, i: number, lexicon: OrgLexicon, byCode: ReadonlyArray<readonly number[] | undefined>): OrgSuffix | undefined {
  const lengths = i >= 0 && i < text.length ? byCode[text.charCodeAt(i)] : lexicon.heads.get('');
  if (!lengths) return undefined;
  for (const len of lengths) {
    if (i + len > text.length) continue;
    const row = lexicon.suffixes.get(text.slice(i, i + len));
    if (row && row.role !== 'classify') return row;
  }
  return undefined;
}

/** Finds organization mentions; `places` are spans of place names that may head an organization. */
export function findOrganizationMentions(text: string, lexicon: OrgLexicon, places: readonly PlaceSpan[] = []): OrgMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Place starts by end position (the earliest start wins: 浙江永康 over 永康).
  const placeStartByEnd = new Map<number, number>();
  for (const p of places) {
    if (p.start < 0 || p.end > text.length || p.start >= p.end) continue;
    const s = placeStartByEnd.get(p.end);
    if (s === undefined || p.start < s) placeStartByEnd.set(p.end, p.start);
  }
  const byCode = headLengths(lexicon.heads);
  const out: OrgMention[] = [];
  let lastEnd = 0;
  let lastBank: OrgMention | undefined;
  let i = 0;
  while (i < text.length) {
    const row = suffixAt(text, i, lexicon, byCode);
    if (!row) { i++; continue; }
    const end = i + row.suffix.length;
    const m = mentionAt(text, i, end, row, lastEnd, out[out.length - 1], lastBank, placeStartByEnd);
    if (!m) { i++; continue; }
    if (m.parent && out.length > 0 && out[out.length - 1]?.start === m.start) out.pop();
    out.push(m);
    if (m.kind === 'bank' && m.form !== 'reference') lastBank = m;
    lastEnd = m.end;
    i = m.end;
  }
  return out;
}

/** The mention ending with suffix `row` at [i, end), or undefined. */
function mentionAt(text: string, i: number, end: number, row: OrgSuffix, lastEnd: number, last: OrgMention | undefined,
  lastBank: OrgMention | undefined, placeStartByEnd: ReadonlyMap<number, number>): OrgMention | undefined {
  if (row.role === 'ref') {
    if (!atBoundary(text, i, lastEnd) || NOT_AFTER_REF.has(text[end] ?? '')) return undefined;
    if (row.kind === 'bank' && !lastBank) return undefined;
    return { start: i, end, name: row.suffix, kind: row.kind === 'inherit' ? 'other' : row.kind, form: 'reference' };
  }
  if (row.role === 'branch' && last && last.end === i && last.form !== 'reference') {
    const kind = row.kind === 'inherit' || (row.kind === 'bank' && last.kind !== 'bank' && last.kind !== 'other') ? last.kind : row.kind;
    const parent = { start: last.start, end: last.end, name: last.name, kind: last.kind };
    return { start: last.start, end, name: text.slice(last.start, end), kind, form: 'full', ...(last.level ? { level: last.level } : {}), parent };
  }
  // The prefix region: CJK characters back to a stop, the last mention, or 8 characters.
  let r = i;
  while (r > lastEnd && i - r < 8) {
    const c = text.charCodeAt(r - 1);
    if (!isCjk(c) || STOP.has(text[r - 1] ?? '')) break;
    r--;
  }
  let start: number | undefined;
  let level: string | undefined;
  // 1. A place heading the prefix (the earliest place start in the region).
  for (let p = r; p < i && start === undefined; p++) {
    for (let q = p + 1; q <= i; q++) {
      if (placeStartByEnd.get(q) === p) { start = p; break; }
    }
  }
  // 2. A level character at a boundary (市委, 来到市矛调中心), not 城市/都市/超市, nor one that begins
  // a word (市场监管局 is the market regulator, not 市's 场监管局).
  if (start === undefined) {
    for (let p = r; p < i; p++) {
      if (LEVEL_CHARS.has(text[p] ?? '') && atBoundary(text, p, lastEnd) && i - p <= 7 && !LEVEL_WORDS.has(text.slice(p, p + 2))) { start = p; level = text[p]; break; }
    }
  }
  if (start !== undefined && start >= 2 && text.slice(start - 2, start) === '中共' && start - 2 >= lastEnd) start -= 2;
  const kindFor = (s: number): OrgKind => {
    if (row.suffix === '中心') return centerKind(text.slice(s, i), level !== undefined || placeStartByEnd.size > 0 && s < i);
    return suffixKind(row, text.slice(s, i)) ?? (row.kind === 'inherit' ? 'government' : row.kind);
  };
  if (start !== undefined) {
    const core = text.slice(level ? start + 1 : start, i);
    if (row.role === 'level' && level && core.length === 1 && row.suffix.length === 1) return undefined; // 市格局
    const kind = kindFor(start);
    if (row.suffix === '中心' && kind === 'other') return undefined;
    return { start, end, name: text.slice(start, end), kind, form: 'full', ...(level ? { level } : {}) };
  }
  if (row.role === 'level' || row.role === 'branch') return undefined;
  // 3. A name: 2–4 characters, not an ordinary word.
  const x = text.slice(Math.max(r, i - 4), i);
  if (x.length === 0) {
    if (row.role !== 'brand') return undefined;
    return { start: i, end, name: row.suffix, kind: row.kind === 'inherit' ? 'other' : row.kind, form: 'short' };
  }
  if (x.length < 2 || BAD_FIRST.has(x[0] ?? '') || GENERIC.has(x) || GENERIC.has(x.slice(-2))) {
    if (row.role === 'brand' && (x.length === 0 || atBoundary(text, i, lastEnd))) {
      return { start: i, end, name: row.suffix, kind: row.kind === 'inherit' ? 'other' : row.kind, form: 'short' };
    }
    return undefined;
  }
  return { start: i - x.length, end, name: text.slice(i - x.length, end), kind: kindFor(i - x.length), form: 'full' };
}
