/**
 * findPlaceMentions: text + PlaceLexicon → place mentions, in order and non-overlapping.
 * Two passes, both linear: division names safe in free text (leftmost-longest over a prefix set),
 * then names by suffix (X区块, X新区, 经济开发区, X社区, X村 …) whose X is 1–4 CJK characters
 * stopped by punctuation, function words and earlier mentions. X社区 / X村 must be a registered
 * village-level name. Given the segmenter's words, a name must sit on them (`straddles` in
 * text/word-grid.ts: 中小|金融 holds no 小金, 创新|和 no 新和, 党和政府 no 和政; 海南 of the proper noun
 * 海南自由贸易港 stays), except inside spans already found (the model's entities), and X loses its
 * leading verbs, adverbs, conjunctions, prepositions and pronouns (推动|开发区, 城市和|农村).
 * Never throws; `text.slice(start, end) === name` for every mention.
 */
import { firstWordAfter, type GridWord, inSpan, isEdge, type Span, straddles, wordAt, type WordGrid, wordGrid } from '../text/word-grid.js';
import { levelOf, type PlaceLexicon } from './place-lexicon.js';

/** A segmenter word over the same text. */
export type PlaceWord = GridWord;
export type { Span } from '../text/word-grid.js';

/** A place found in text. */
export interface PlaceMention {
  /** First UTF-16 unit, inclusive. */
  readonly start: number;
  /** Last UTF-16 unit, exclusive. */
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly name: string;
  /** province, city, county, town, zone, block, community or village. */
  readonly kind: string;
  /** Codes of the divisions or village-level units it may denote (empty for unregistered zones). */
  readonly candidates: readonly string[];
  /** `gazetteer` (a registered name) or `suffix` (recognized by its ending). */
  readonly source: 'gazetteer' | 'suffix';
}

/**
 * Parts of speech that never begin a place name: verbs, adverbs, conjunctions, prepositions,
 * particles, pronouns; adjectives of two or more characters (清理 is tagged one; 新, 大 begin names).
 */
function notNameStart(w: PlaceWord): boolean {
  return /^(?:v|d|c|p|u|r)/.test(w.pos) || (w.pos.startsWith('a') && w.end - w.start >= 2);
}

/**
 * Where X may start at the earliest, given the words: past any word that begins before `s` (a name
 * does not start inside a word) and past leading words whose part of speech never begins a name —
 * unless the word is itself a registered place name (包头 is tagged as a verb).
 */
function nameStart(grid: WordGrid | undefined, s: number, p: number, lexicon: PlaceLexicon): number {
  if (!grid || (p > s && inSpan(grid, s, p))) return s;
  let at = s;
  if (!isEdge(grid, at)) at = Math.min(p, grid.words[wordAt(grid, at)]!.end);
  while (at < p) {
    const k = wordAt(grid, at);
    const w = k >= 0 ? grid.words[k] : undefined;
    if (!w || w.end > p || !notNameStart(w) || lexicon.freeNames.has(grid.text.slice(w.start, w.end))) break;
    at = w.end;
  }
  return at;
}

/** Whether a pronoun word of two or more characters (各类, 这些, 其他) lies in `[s, e)`: no name holds one. */
function holdsPronoun(grid: WordGrid | undefined, s: number, e: number): boolean {
  if (!grid || inSpan(grid, s, e)) return false;
  for (let k = firstWordAfter(grid, s); k < grid.words.length && grid.words[k]!.start < e; k++) {
    const w = grid.words[k]!;
    if (w.start >= s && w.end <= e && w.pos.startsWith('r') && w.end - w.start >= 2) return true;
  }
  return false;
}

/** How a suffix forms a place name. */
interface SuffixRule {
  /** The ending. */
  readonly suffix: string;
  /** Kind of the place. */
  readonly kind: string;
  /** `optional`: may stand alone; `required`: needs X; `registered`: X+suffix must be a village-level name. */
  readonly prefix: 'optional' | 'required' | 'registered';
}

/** Suffix rules, longest first. */
const SUFFIXES: readonly SuffixRule[] = ([
  ['高新技术产业开发区', 'zone', 'optional'], ['经济技术开发区', 'zone', 'optional'], ['经济开发区', 'zone', 'optional'],
  ['旅游度假区', 'zone', 'required'], ['工业园区', 'zone', 'required'], ['产业园区', 'zone', 'required'], ['综合保税区', 'zone', 'optional'],
  ['高新区', 'zone', 'optional'], ['开发区', 'zone', 'required'], ['工业园', 'zone', 'required'], ['科技城', 'zone', 'required'],
  ['新区', 'zone', 'required'], ['区块', 'block', 'required'], ['社区', 'community', 'registered'], ['村', 'village', 'registered'],
] as const).map(([suffix, kind, prefix]) => ({ suffix, kind, prefix }));
/** 1 where a suffix starts with this code unit. */
const SUFFIX_FIRST = (() => {
  const table = new Uint8Array(65536);
  for (const s of SUFFIXES) table[s.suffix.charCodeAt(0)] = 1;
  return table;
})();

/** Characters that end X when scanning backwards (function words, common verbs of motion). */
const STOP = new Set('的在赴到于从至往是对把将被让给了着与及或等为也都又就并而但要去进入经由以、');
/** X may not start with these (demonstratives, quantifiers). */
const BAD_FIRST = new Set('这那该各每此某其所全本诸些个');
/** Leading verbs stripped from X (邀请望春社区 → 望春社区). */
const LEADING_VERBS = ['邀请', '来到', '走进', '前往', '位于', '深入', '包括', '走访', '考察', '调研', '推进', '打造', '建设', '参观', '视察', '落户', '入驻'];
/** X that are ordinary words, not names (部分区块, 这些区块, 国家级经济开发区). */
const GENERIC_X = new Set(('这些 那些 部分 各个 所有 多个 一些 几个 其他 其它 相关 有关 重点 全部 整个 这个 那个 各类 相应 周边 附近 上述 以上 '
  + '现有 原有 已有 城市 农村 城镇 特色 产业 工业 示范 试点 老旧 低效 闲置 新兴 功能 核心 主要 各大 两个 三个 发展 规划 省级 国家级 国家 '
  + '市级 县级 一流 美丽 文明 和谐 平安 智慧 数字 未来 新型 优秀 先进 典型 全国 全省 全市 全县 城区 地区 城乡 行政 自然 老 新 大 小').split(' '));

function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Kind of a list of division candidates: the outermost one's. */
function kindOf(lexicon: PlaceLexicon, codes: readonly string[]): string {
  let best = 'other';
  for (const c of codes) {
    const d = lexicon.divisions.get(c);
    if (d && (best === 'other' || levelOf(d.kind) < levelOf(best))) best = d.kind;
  }
  return best;
}

/**
 * `freeHeads` keyed by two UTF-16 units: a bigram bit filter plus an open-addressing table that
 * holds, per head, the longest name length and a bit mask of the lengths (2–31) some free name
 * with that head has, so only those lengths are looked up.
 */
interface HeadIndex {
  /** The maps it was built from. */
  readonly heads: ReadonlyMap<string, number>;
  /** Bit set over `bigramBit(c1, c2)` of every head: most positions are rejected here, in a small table. */
  readonly bigrams: Uint32Array;
  /** `(c1 << 16 | c2) >>> 0` per slot. */
  readonly keys: Uint32Array;
  /** Longest name length per slot (from `freeHeads`); 0 marks an empty slot. */
  readonly longest: Int32Array;
  /** Bit `len` set when a free name with this head has length `len` (≤ 31). */
  readonly lengthBits: Uint32Array;
  /** 1 when some free name with this head is longer than 31 units: try every length. */
  readonly long: Uint8Array;
  readonly mask: number;
  /** Set of `nameHash` of every free name (0 = empty slot): a name whose hash is absent is not looked up. */
  readonly nameHashes: Uint32Array;
  readonly nameMask: number;
}

/** FNV-1a over UTF-16 units, never 0 (0 marks an empty slot). */
function nameHash(h: number): number {
  return (h | 1) >>> 0;
}

function hasNameHash(ix: HeadIndex, hash: number): boolean {
  const { nameHashes, nameMask } = ix;
  let slot = Math.imul(hash, 0x9e3779b1) >>> 0 & nameMask;
  for (;;) {
    const v = nameHashes[slot]!;
    if (v === hash) return true;
    if (v === 0) return false;
    slot = (slot + 1) & nameMask;
  }
}

const headIndexes = new WeakMap<ReadonlyMap<string, unknown>, HeadIndex | null>();

const BIGRAM_BITS = 20;

function bigramBit(key: number): number {
  return Math.imul(key, 0x85ebca6b) >>> (32 - BIGRAM_BITS);
}

function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 12) & mask;
}

function findSlot(ix: HeadIndex, key: number): number {
  const { keys, longest, mask } = ix;
  let slot = slotOf(key, mask);
  while (longest[slot] !== 0) {
    if (keys[slot] === key) return slot;
    slot = (slot + 1) & mask;
  }
  return -1;
}

/** The numeric index over `heads` and `names`, built once per lexicon; null when a head is not two units long. */
function headIndex(heads: ReadonlyMap<string, number>, names: ReadonlyMap<string, unknown>): HeadIndex | null {
  const cached = headIndexes.get(names);
  if (cached !== undefined && (cached === null || cached.heads === heads)) return cached;
  let ix: HeadIndex | null = null;
  if ([...heads.values()].every((l) => l >= 1) && [...heads.keys()].every((h) => h.length === 2)) {
    let cap = 16;
    while (cap < heads.size * 2) cap *= 2;
    const mask = cap - 1;
    let nameCap = 16;
    while (nameCap < names.size * 2) nameCap *= 2;
    ix = {
      heads, bigrams: new Uint32Array(1 << (BIGRAM_BITS - 5)), keys: new Uint32Array(cap), longest: new Int32Array(cap),
      lengthBits: new Uint32Array(cap), long: new Uint8Array(cap), mask, nameHashes: new Uint32Array(nameCap), nameMask: nameCap - 1,
    };
    for (const [head, longest] of heads) {
      const key = ((head.charCodeAt(0) << 16) | head.charCodeAt(1)) >>> 0;
      const bit = bigramBit(key);
      ix.bigrams[bit >>> 5] = (ix.bigrams[bit >>> 5]! | (1 << (bit & 31))) >>> 0;
      let slot = slotOf(key, mask);
      while (ix.longest[slot] !== 0) slot = (slot + 1) & mask;
      ix.keys[slot] = key;
      ix.longest[slot] = longest;
    }
    for (const name of names.keys()) {
      let h = 0x811c9dc5;
      for (let k = 0; k < name.length; k++) h = Math.imul(h ^ name.charCodeAt(k), 0x01000193);
      const hash = nameHash(h);
      let hslot = Math.imul(hash, 0x9e3779b1) >>> 0 & ix.nameMask;
      while (ix.nameHashes[hslot] !== 0 && ix.nameHashes[hslot] !== hash) hslot = (hslot + 1) & ix.nameMask;
      ix.nameHashes[hslot] = hash;
      if (name.length < 2) continue;
      const slot = findSlot(ix, ((name.charCodeAt(0) << 16) | name.charCodeAt(1)) >>> 0);
      if (slot < 0) continue;
      if (name.length > 31) ix.long[slot] = 1;
      else ix.lengthBits[slot] = (ix.lengthBits[slot]! | (1 << name.length)) >>> 0;
    }
  }
  headIndexes.set(names, ix);
  return ix;
}

/** Tries `name = text.slice(i, i + len)` as a division name; the mention, or undefined when it is none here. */
function divisionAt(text: string, i: number, len: number, lexicon: PlaceLexicon, names: PlaceLexicon['freeNames']): PlaceMention | undefined {
  const name = text.slice(i, i + len);
  const divisions = names.get(name);
  if (!divisions) return undefined;
  const next = text[i + len] ?? '';
  const shortOnly = divisions.every((d) => d.name !== name);
  // 城镇化, 最大化: a name directly followed by 化/性/型 is part of an ordinary word.
  if ((name.endsWith('镇') && next === '化') || (shortOnly && (next === '化' || next === '性' || next === '型'))) return undefined;
  const candidates = divisions.map((d) => d.code);
  return { start: i, end: i + len, name, kind: kindOf(lexicon, candidates), candidates, source: 'gazetteer' };
}

/** Division names safe in free text, leftmost-longest (a few map look-ups per position). */
function findDivisionNames(text: string, lexicon: PlaceLexicon, grid: WordGrid | undefined): PlaceMention[] {
  const names = lexicon.freeNames;
  const heads = lexicon.freeHeads;
  const ix = headIndex(heads, names);
  let prefixHashes = new Int32Array(32);
  const out: PlaceMention[] = [];
  let i = 0;
  const last = text.length - 1;
  while (i < last) {
    let m: PlaceMention | undefined;
    if (ix !== null) {
      const key = ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
      const bit = bigramBit(key);
      if (((ix.bigrams[bit >>> 5]! >>> (bit & 31)) & 1) === 0) { i++; continue; }
      const slot = findSlot(ix, key);
      if (slot < 0) { i++; continue; }
      const top = Math.min(ix.longest[slot]!, text.length - i);
      const bits = ix.lengthBits[slot]!;
      const every = ix.long[slot] === 1;
      // Hashes of text[i, i + len) for every len ≤ top, then the lengths tried longest first.
      if (prefixHashes.length < top + 1) prefixHashes = new Int32Array(top + 1);
      let h = 0x811c9dc5;
      for (let k = 0; k < top; k++) { h = Math.imul(h ^ text.charCodeAt(i + k), 0x01000193); prefixHashes[k + 1] = h; }
      for (let len = top; len >= 2 && m === undefined; len--) {
        if (!every && (len > 31 || ((bits >>> len) & 1) === 0)) continue;
        if (!hasNameHash(ix, nameHash(prefixHashes[len]!))) continue;
        m = divisionAt(text, i, len, lexicon, names);
        if (m && straddles(grid, i, i + len)) m = undefined;
      }
    } else {
      const longest = heads.get(text.slice(i, i + 2));
      if (longest === undefined) { i++; continue; }
      for (let len = Math.min(longest, text.length - i); len >= 2 && m === undefined; len--) {
        m = divisionAt(text, i, len, lexicon, names);
        if (m && straddles(grid, i, i + len)) m = undefined;
      }
    }
    if (m === undefined) { i++; continue; }
    out.push(m);
    i = m.end;
  }
  return out;
}

/** The X candidates before `p`: the CJK run back to `bound`, a stop character or 4 characters, then past the words that cannot begin a name. */
function prefixRun(text: string, p: number, bound: number, grid: WordGrid | undefined, lexicon: PlaceLexicon): string {
  let s = p;
  while (s > bound && p - s < 4) {
    const ch = text.charCodeAt(s - 1);
    if (!isCjk(ch) || STOP.has(text[s - 1] ?? '')) break;
    s--;
  }
  return text.slice(nameStart(grid, s, p, lexicon), p);
}

/** X with leading verbs stripped. */
function stripVerbs(x: string): string {
  for (const v of LEADING_VERBS) if (x.startsWith(v)) return x.slice(v.length);
  return x;
}

/** A suffix-formed mention at suffix position p, or undefined. */
function suffixMention(text: string, p: number, rule: SuffixRule, bound: number, lexicon: PlaceLexicon, grid: WordGrid | undefined): PlaceMention | undefined {
  const run = prefixRun(text, p, bound, grid, lexicon);
  const end = p + rule.suffix.length;
  if (rule.prefix === 'registered') {
    const villages = lexicon.villages();
    for (let len = run.length; len >= 2; len--) {
      const x = run.slice(run.length - len);
      if (BAD_FIRST.has(x[0] ?? '') || GENERIC_X.has(x) || LEADING_VERBS.some((v) => x.startsWith(v))) continue;
      if (grid && nameStart(grid, p - len, p, lexicon) !== p - len) continue; // 城市和|农村: no village 和农村
      const name = x + rule.suffix;
      const codes = villages.lookup(name);
      if (codes.length > 0 && !straddles(grid, p - len, end)) return { start: p - len, end, name, kind: rule.kind, candidates: codes, source: 'suffix' };
    }
    return undefined;
  }
  const x = stripVerbs(run);
  if (x.length === 0) {
    if (run.length > 0 || rule.prefix !== 'optional' || straddles(grid, p, end)) return undefined;
    const name = rule.suffix;
    return { start: p, end, name, kind: rule.kind, candidates: (lexicon.byName.get(name) ?? []).map((d) => d.code), source: 'suffix' };
  }
  if (x.length < 2 || BAD_FIRST.has(x[0] ?? '') || GENERIC_X.has(x) || straddles(grid, p - x.length, end) || holdsPronoun(grid, p - x.length, p)) return undefined;
  const name = x + rule.suffix;
  return { start: end - name.length, end, name, kind: rule.kind, candidates: (lexicon.byName.get(name) ?? []).map((d) => d.code), source: 'suffix' };
}

/**
 * Finds place mentions in `text`: registered division names and suffix-formed places. `words`, the
 * segmenter's words of the same text, keep names from cutting through words, except inside `spans`
 * (entities the model found: 上海浦东新区 is one word, and still holds 上海 and 浦东新区).
 */
export function findPlaceMentions(text: string, lexicon: PlaceLexicon, words?: readonly PlaceWord[], spans?: readonly Span[]): PlaceMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const grid = wordGrid(text, words, spans);
  const divisions = findDivisionNames(text, lexicon, grid);
  const out: PlaceMention[] = [];
  let g = 0;
  let lastEnd = 0;
  for (let p = 0; p < text.length; p++) {
    while (g < divisions.length && (divisions[g]?.start ?? 0) <= p) {
      const d = divisions[g] as PlaceMention;
      if (d.start >= lastEnd) { out.push(d); lastEnd = d.end; }
      g++;
    }
    if (p < lastEnd || SUFFIX_FIRST[text.charCodeAt(p)] === 0) continue;
    for (const rule of SUFFIXES) {
      if (!text.startsWith(rule.suffix, p)) continue;
      const next = divisions[g];
      if (next && next.start < p + rule.suffix.length) break; // a registered name covers the suffix
      const m = suffixMention(text, p, rule, lastEnd, lexicon, grid);
      if (m) {
        out.push(m);
        lastEnd = m.end;
      }
      // Either way the suffix is consumed: 国家级经济开发区 must not retry as 家级经济 + 开发区.
      p += rule.suffix.length - 1;
      break;
    }
  }
  return out;
}
