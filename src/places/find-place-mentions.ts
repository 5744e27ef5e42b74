/**
 * findPlaceMentions: text + PlaceLexicon → place mentions, in order and non-overlapping.
 * Two passes, both linear: division names safe in free text (leftmost-longest over a prefix set),
 * then names by suffix (X区块, X新区, 经济开发区, X社区, X村 …) whose X is 1–4 CJK characters
 * stopped by punctuation, function words and earlier mentions. X社区 / X村 must be a registered
 * village-level name. Never throws; `text.slice(start, end) === name` for every mention.
 */
import { levelOf, type PlaceLexicon } from './place-lexicon.js';

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
const SUFFIX_FIRST = new Set(SUFFIXES.map((s) => s.suffix[0]));

/** Characters that end X when scanning backwards (function words, common verbs of motion). */
const STOP = new Set('的在赴到于从至往是对把将被让给了着与及或等为也都又就并而但要去进入经由以、');
/** X may not start with these (demonstratives, quantifiers). */
const BAD_FIRST = new Set('这那该各每此某其所全本诸些个');
/** Leading verbs stripped from X (邀请望春社区 → 望春社区). */
const LEADING_VERBS = ['邀请', '来到', '走进', '前往', '位于', '深入', '包括', '走访', '考察', '调研', '推进', '打造', '建设', '参观', '视察', '落户', '入驻'];
/** X that are ordinary words, not names (部分区块, 这些区块, 国家级经济开发区). */
const GENERIC_X = new Set(('这些 那些 部分 各个 所有 多个 一些 几个 其他 其它 相关 有关 重点 全部 整个 这个 那个 各类 相应 周边 附近 上述 以上 '
  + '现有 原有 已有 城市 农村 城镇 特色 产业 工业 示范 试点 老旧 低效 闲置 新兴 功能 核心 主要 各大 两个 三个 发展 规划 省级 国家级 国家 '
  + '市级 县级 一流 美丽 文明 和谐 平安 智慧 数字 未来 新型 优秀 先进 典型 全国 全省 全市 全县 城区 地区 老 新 大 小').split(' '));

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

/** Division names safe in free text, leftmost-longest (a few map look-ups per position). */
function findDivisionNames(text: string, lexicon: PlaceLexicon): PlaceMention[] {
  const names = lexicon.freeNames;
  const heads = lexicon.freeHeads;
  const out: PlaceMention[] = [];
  let i = 0;
  while (i < text.length - 1) {
    const longest = heads.get(text.slice(i, i + 2));
    if (longest === undefined) { i++; continue; }
    let found = false;
    for (let len = Math.min(longest, text.length - i); len >= 2; len--) {
      const name = text.slice(i, i + len);
      const divisions = names.get(name);
      if (!divisions) continue;
      const next = text[i + len] ?? '';
      const shortOnly = divisions.every((d) => d.name !== name);
      // 城镇化, 最大化: a name directly followed by 化/性/型 is part of an ordinary word.
      if ((name.endsWith('镇') && next === '化') || (shortOnly && (next === '化' || next === '性' || next === '型'))) continue;
      const candidates = divisions.map((d) => d.code);
      out.push({ start: i, end: i + len, name, kind: kindOf(lexicon, candidates), candidates, source: 'gazetteer' });
      i += len;
      found = true;
      break;
    }
    if (!found) i++;
  }
  return out;
}

/** The X candidates before `p`: the CJK run back to `bound`, a stop character or 4 characters. */
function prefixRun(text: string, p: number, bound: number): string {
  let s = p;
  while (s > bound && p - s < 4) {
    const ch = text.charCodeAt(s - 1);
    if (!isCjk(ch) || STOP.has(text[s - 1] ?? '')) break;
    s--;
  }
  return text.slice(s, p);
}

/** X with leading verbs stripped. */
function stripVerbs(x: string): string {
  for (const v of LEADING_VERBS) if (x.startsWith(v)) return x.slice(v.length);
  return x;
}

/** A suffix-formed mention at suffix position p, or undefined. */
function suffixMention(text: string, p: number, rule: SuffixRule, bound: number, lexicon: PlaceLexicon): PlaceMention | undefined {
  const run = prefixRun(text, p, bound);
  const end = p + rule.suffix.length;
  if (rule.prefix === 'registered') {
    const villages = lexicon.villages();
    for (let len = run.length; len >= 2; len--) {
      const x = run.slice(run.length - len);
      if (BAD_FIRST.has(x[0] ?? '') || GENERIC_X.has(x) || LEADING_VERBS.some((v) => x.startsWith(v))) continue;
      const name = x + rule.suffix;
      const codes = villages.lookup(name);
      if (codes.length > 0) return { start: p - len, end, name, kind: rule.kind, candidates: codes, source: 'suffix' };
    }
    return undefined;
  }
  const x = stripVerbs(run);
  if (x.length === 0) {
    if (run.length > 0 || rule.prefix !== 'optional') return undefined;
    const name = rule.suffix;
    return { start: p, end, name, kind: rule.kind, candidates: (lexicon.byName.get(name) ?? []).map((d) => d.code), source: 'suffix' };
  }
  if (x.length < 2 || BAD_FIRST.has(x[0] ?? '') || GENERIC_X.has(x)) return undefined;
  const name = x + rule.suffix;
  return { start: end - name.length, end, name, kind: rule.kind, candidates: (lexicon.byName.get(name) ?? []).map((d) => d.code), source: 'suffix' };
}

/** Finds place mentions in `text`: registered division names and suffix-formed places. */
export function findPlaceMentions(text: string, lexicon: PlaceLexicon): PlaceMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const divisions = findDivisionNames(text, lexicon);
  const out: PlaceMention[] = [];
  let g = 0;
  let lastEnd = 0;
  for (let p = 0; p < text.length; p++) {
    while (g < divisions.length && (divisions[g]?.start ?? 0) <= p) {
      const d = divisions[g] as PlaceMention;
      if (d.start >= lastEnd) { out.push(d); lastEnd = d.end; }
      g++;
    }
    if (p < lastEnd || !SUFFIX_FIRST.has(text[p])) continue;
    for (const rule of SUFFIXES) {
      if (!text.startsWith(rule.suffix, p)) continue;
      const next = divisions[g];
      if (next && next.start < p + rule.suffix.length) break; // a registered name covers the suffix
      const m = suffixMention(text, p, rule, lastEnd, lexicon);
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
