/**
 * discoverCandidates: (text, tokens, known themes, theme hits, entities) → phrases that look like
 * new 提法 but are not in the taxonomy: short quoted phrases (“低散乱污危”), numbered formulas
 * (三个一批, 八八战略, 六稳六保) and 4–8 character phrases that recur. Evidence spans index `text`;
 * phrases covered by a theme hit, equal to a known form, or naming an entity are left out.
 * Linear in the text and tokens; never throws on any string.
 */
import type { Candidate, Span, Token } from '../document/types.js';
import type { CompiledThemes } from './compile-themes.js';
import { stripIgnorable } from './match-automaton.js';
import { isStopWord, tagTest } from './stop-words.js';
import type { Range } from './tag-themes.js';

/** What discovery may use besides the text. */
export interface CandidateContext {
  /** Tokens (for recurring phrases and idiom filtering); without them only quotes and formulas. */
  readonly tokens?: readonly Token[];
  /** Ranges already explained by a theme hit. */
  readonly themeRanges?: readonly Range[];
  /** Entity ranges (names are not 提法). */
  readonly entityRanges?: readonly Range[];
  /** At most this many candidates (default 30). */
  readonly limit?: number;
}

const CJK = '\\u3400-\\u9fff';
const NUM = '一二两三四五六七八九十百千万双';
const OPEN_QUOTES = '“「『‘"';
/** The opening quotes one by one. */
const OPEN_QUOTE_LIST: readonly string[] = [...OPEN_QUOTES];
const CLOSE_FOR: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’', '"': '"' };
/** Verbs that introduce a formula: 坚持“两个毫不动摇”, 落实“三个一批”. */
const GOVERNANCE_VERBS = new Set(['坚持', '落实', '推进', '实施', '做到', '增强', '树牢', '坚定', '推动', '打造', '围绕', '聚焦', '深化', '践行', '开展', '强化', '统筹', '贯彻', '抓好', '实现']);
/** Second halves of 「N个XY」 that are counting, not formulas. */
const COUNTING = new Set(['方面', '月份', '小时', '百分点', '多月', '季度', '年度', '重点', '部门', '环节', '阶段', '问题', '单位', '国家', '地区', '城市', '项目', '层次', '以上', '左右', '关键', '维度', '工作', '领域', '村庄', '乡镇', '街道', '企业', '方向', '标准', '指标', '案例', '样板', '亿元', '万元', '星期', '礼拜']);
/** Numbered formulas: N个XY; doubled numeral + two (八八战略); N X N Y (N Z) (六稳六保, 三去一降一补); N(N)X…工程/行动/战略/清单. */
const FORMULA = new RegExp(
  `[两三四五六七八九十]个[${CJK}]{2}` +
    `|([一二三四五六七八九十])\\1[${CJK}]{2}` +
    `|[${NUM}][^${NUM}\\P{Script=Han}][${NUM}][^${NUM}\\P{Script=Han}](?:[${NUM}][^${NUM}\\P{Script=Han}])?` +
    `|[${NUM}]{1,2}[${CJK}]{0,2}(?:工程|行动|战略|清单)`,
  'gu',
);

/** Finds candidate new formulations in `text`. */
export function discoverCandidates(compiled: CompiledThemes, text: string, context: CandidateContext = {}): Candidate[] {
  const themeRanges = sorted(context.themeRanges ?? []);
  const entityRanges = sorted(context.entityRanges ?? []);
  const tokens = context.tokens ?? [];
  const found = new Map<string, { reason: string; evidence: Span[]; quoted: boolean }>();
  const quotedPhrases = new Set<string>();
  const explained = (start: number, end: number): boolean => covers(themeRanges, start, end) || overlaps(entityRanges, start, end);
  const add = (phrase: string, start: number, end: number, reason: string): void => {
    const key = stripIgnorable(phrase);
    if (key.length < 2 || compiled.forms.has(key) || explained(start, end)) return;
    let entry = found.get(key);
    if (!entry) found.set(key, (entry = { reason, evidence: [], quoted: false }));
    if (entry.evidence.some((e) => e.start === start)) return;
    if (entry.evidence.length < 20) entry.evidence.push({ start, end, text: text.slice(start, end) });
  };

  // Token fields and classes, read once into typed arrays (a token can start or end a recurring
  // phrase only when it is all CJK, so the stop-word test is made for those alone).
  const n = tokens.length;
  const work = tokenScratch(n);
  const { starts, ends, lengths, content, hanOnly } = work;
  let inText = true;
  let byStart = true;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const start = t.start;
    const end = t.end;
    starts[i] = start;
    ends[i] = end;
    lengths[i] = t.text.length;
    const han = isHanOnly(t.text);
    hanOnly[i] = han ? 1 : 0;
    content[i] = han && isContent(t) ? 1 : 0;
    if (!(start >= 0 && start <= end && end <= text.length)) inText = false;
    if (i > 0 && !(starts[i - 1]! <= start)) byStart = false;
  }
  /** The idiom token (POS i or l) starting at `start`, the last in token order as a Map would keep. */
  let idioms: Map<number, Token> | undefined;
  const idiomAt = (start: number): Token | undefined => {
    if (!byStart || !inText) {
      if (!idioms) {
        idioms = new Map<number, Token>();
        for (const t of tokens) if (t.pos === 'i' || t.pos === 'l') idioms.set(t.start, t);
      }
      return idioms.get(start);
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= start) lo = mid + 1; else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && starts[i] === start; i--) {
      const t = tokens[i]!;
      if (t.pos === 'i' || t.pos === 'l') return t;
    }
    return undefined;
  };

  // 1. Short quoted phrases: an opening quote, 2–10 CJK characters, the matching close.
  // Opening quotes are found with indexOf (one cursor per quote mark), in text order.
  const nextOpen = OPEN_QUOTE_LIST.map((q) => text.indexOf(q));
  for (let i = 0; ;) {
    let which = -1;
    for (let q = 0; q < nextOpen.length; q++) {
      if (nextOpen[q]! >= 0 && nextOpen[q]! < i) nextOpen[q] = text.indexOf(OPEN_QUOTE_LIST[q]!, i);
      if (nextOpen[q]! >= 0 && (which < 0 || nextOpen[q]! < nextOpen[which]!)) which = q;
    }
    if (which < 0) break;
    i = nextOpen[which]!;
    const open = text[i]!;
    // The first matching close, looked for only as far as it may be (10 characters inside).
    const closeCode = CLOSE_FOR[open]!.charCodeAt(0);
    const limit = Math.min(text.length, i + 12);
    let close = -1;
    for (let k = i + 1; k < limit; k++) if (text.charCodeAt(k) === closeCode) { close = k; break; }
    const inner = close < 0 ? '' : text.slice(i + 1, close);
    const after = close < 0 ? '' : text[close + 1] ?? '';
    if (close >= 0 && stripIgnorable(inner).length >= 2 && /^[\u3400-\u9fff\s]+$/.test(inner) && !/[A-Za-z0-9]/.test(after)) {
      add(inner, i + 1, close, 'quoted');
      quotedPhrases.add(stripIgnorable(inner));
      i = close + 1;
    } else {
      i++;
    }
  }

  // 2. Numbered formulas.
  const formulaHits = new Map<string, Array<{ start: number; end: number; strong: boolean }>>();
  for (const m of text.matchAll(FORMULA)) {
    const phrase = m[0];
    const start = m.index;
    const end = start + phrase.length;
    const idiom = idiomAt(start);
    if (idiom && idiom.end === end) continue;
    if (/^[两三四五六七八九十]个/.test(phrase) && COUNTING.has(phrase.slice(2))) continue;
    if (/^一一|^十十/.test(phrase)) continue;
    const before = text.slice(Math.max(0, start - 2), start);
    const strong = /^(.)\1/.test(phrase) || (/^[^个]*$/.test(phrase) && !/(工程|行动|战略|清单)$/.test(phrase)) || GOVERNANCE_VERBS.has(before) || isQuoted(text, start, end);
    let list = formulaHits.get(phrase);
    if (!list) formulaHits.set(phrase, (list = []));
    list.push({ start, end, strong });
  }
  for (const [phrase, list] of formulaHits) {
    if (list.length < 2 && !list.some((h) => h.strong)) continue;
    for (const h of list) add(phrase, h.start, h.end, 'numbered-formula');
  }

  // 3. Recurring 4–8 character phrases of 2–4 content tokens inside one clause. The phrase
  // occurrences are listed with a hash of their text, and only phrases whose hash occurs three
  // times or more are sliced and listed (a hash collision only lets a rare phrase through, to be
  // dropped below as before).
  let bucketCount = 1024;
  while (bucketCount < n * 4) bucketCount *= 2;
  const mask = bucketCount - 1;
  if (work.seen.length < bucketCount) work.seen = new Uint8Array(bucketCount);
  const seen = work.seen;
  seen.fill(0, 0, bucketCount);
  // Occurrences: first token, end offset and text hash, in the order they are met.
  let { occFirst, occEnd, occHash } = work;
  let occurrences = 0;
  for (let i = 0; i < n; i++) {
    if (content[i] === 0) continue;
    const start = starts[i]!;
    let length = 0;
    let h = 0x811c9dc5;
    let hashed = start;
    for (let k = 0; k < 4 && i + k < n; k++) {
      const j = i + k;
      if (k > 0 && starts[j] !== ends[j - 1]) break;
      if (hanOnly[j] === 0) break;
      length += lengths[j]!;
      if (length > 8) break;
      if (k >= 1 && length >= 4 && content[j] === 1) {
        const end = ends[j]!;
        // Hashing reads text[start, end) directly: with tokens outside the text, list every phrase.
        if (inText) {
          for (; hashed < end; hashed++) h = Math.imul(h ^ text.charCodeAt(hashed), 0x01000193);
          if (seen[h & mask]! < 3) seen[h & mask]!++;
        }
        if (occurrences === occFirst.length) {
          const grow = <T extends Int32Array | Float64Array>(a: T, b: T): T => { b.set(a); return b; };
          work.occFirst = occFirst = grow(occFirst, new Int32Array(occurrences * 2));
          work.occEnd = occEnd = grow(occEnd, new Float64Array(occurrences * 2));
          work.occHash = occHash = grow(occHash, new Int32Array(occurrences * 2));
        }
        occFirst[occurrences] = i;
        occEnd[occurrences] = end;
        occHash[occurrences] = h;
        occurrences++;
      }
    }
  }
  const grams = new Map<string, Array<{ start: number; end: number }>>();
  for (let o = 0; o < occurrences; o++) {
    if (inText && seen[occHash[o]! & mask]! < 3) continue;
    const start = starts[occFirst[o]!]!;
    const end = occEnd[o]!;
    const phrase = text.slice(start, end);
    let list = grams.get(phrase);
    if (!list) grams.set(phrase, (list = []));
    if (list.length < 50) list.push({ start, end });
  }
  const recurring = [...grams].filter(([phrase, list]) => list.length >= 3 && !compiled.forms.has(phrase) && !quotedPhrases.has(phrase));
  recurring.sort((a, b) => b[0].length - a[0].length);
  const kept: Array<[string, number]> = [];
  for (const [phrase, list] of recurring) {
    const free = list.filter((h) => !explained(h.start, h.end));
    if (free.length < 3) continue;
    if (kept.some(([longer, count]) => longer.includes(phrase) && count >= free.length)) continue;
    kept.push([phrase, free.length]);
    for (const h of free) add(phrase, h.start, h.end, 'recurring');
    if (kept.length >= 200) break;
  }

  const out: Candidate[] = [];
  for (const [phrase, entry] of found) {
    if (entry.evidence.length === 0) continue;
    out.push({ phrase, evidence: entry.evidence, reason: entry.reason });
  }
  out.sort((a, b) => b.evidence.length - a.evidence.length || a.evidence[0]!.start - b.evidence[0]!.start);
  return out.slice(0, context.limit ?? 30);
}

/** POS tags that never start or end a recurring phrase. */
const isNonContentPos = tagTest(['m', 'q', 'r', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'uv', 'ud', 'ug', 'd', 'e', 'y', 'o', 'f', 'x', 'w', 't', 'nr', 'nrt', 'ns']);

/**
 * Work arrays reused from call to call (every entry read is written first in the same call, so
 * nothing survives a call): allocating them per document cost more than the work on them.
 */
const scratch = {
  starts: new Float64Array(0), ends: new Float64Array(0), lengths: new Float64Array(0),
  content: new Uint8Array(0), hanOnly: new Uint8Array(0), seen: new Uint8Array(0),
  occFirst: new Int32Array(1024), occEnd: new Float64Array(1024), occHash: new Int32Array(1024),
};

/** Largest token count whose work arrays are kept for the next call (about 7 MB). */
const KEEP_TOKENS = 1 << 18;

/** Work arrays for `n` tokens: the kept ones, grown when needed, or fresh ones for a huge text. */
function tokenScratch(n: number): typeof scratch {
  if (n > KEEP_TOKENS) {
    return {
      starts: new Float64Array(n), ends: new Float64Array(n), lengths: new Float64Array(n), content: new Uint8Array(n),
      hanOnly: new Uint8Array(n), seen: new Uint8Array(0), occFirst: new Int32Array(1024), occEnd: new Float64Array(1024), occHash: new Int32Array(1024),
    };
  }
  if (scratch.starts.length < n) {
    const size = Math.min(KEEP_TOKENS, Math.max(n, 2 * scratch.starts.length));
    scratch.starts = new Float64Array(size);
    scratch.ends = new Float64Array(size);
    scratch.lengths = new Float64Array(size);
    scratch.content = new Uint8Array(size);
    scratch.hanOnly = new Uint8Array(size);
  }
  return scratch;
}

/** Content words may start or end a recurring phrase. */
function isContent(t: Token): boolean {
  return t.text.length >= 1 && !isStopWord(t.text) && !isNonContentPos(t.pos);
}

/** `/^[\u3400-\u9fff]+$/`: one or more CJK ideographs and nothing else. */
function isHanOnly(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  return true;
}

function isQuoted(text: string, start: number, end: number): boolean {
  return OPEN_QUOTES.includes(text[start - 1] ?? '') && '”」』’"'.includes(text[end] ?? '');
}

function sorted(ranges: readonly Range[]): Range[] {
  return ranges.filter((r) => r.end > r.start).slice().sort((a, b) => a.start - b.start);
}

/** True when some range contains [start, end). Ranges sorted by start. */
function covers(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 16; i--) if (ranges[i]!.end >= end) return true;
  return false;
}

/** True when some range overlaps [start, end). Ranges sorted by start. */
function overlaps(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 16; i--) if (ranges[i]!.end > start) return true;
  return false;
}
