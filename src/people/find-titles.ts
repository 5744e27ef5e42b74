/**
 * findTitles: text + entities → the titles written in it, in order, non-overlapping.
 * Model TITLE entities are taken as they are; the titles lexicon adds the rest by leftmost-longest
 * trie match (blockers such as 委员会 win over the titles inside them), skipping anything that
 * overlaps a model entity, then extends each match left over modifiers (副, 常务), organization
 * prefixes (市委, 宣传部) and an adjacent ORG/LOC entity (永康农商银行行长). A lexicon title whose end
 * falls inside a segmenter word (社科院长|江 in 长江), or that starts inside one it does not end
 * (保安 of 确保安全; 院长 of 刘院长 is kept), is not a title. O(n · longest title).
 */
import type { Entity, Token } from '../document/types.js';
import { lazyWordGrid, wordAt } from '../text/word-grid.js';
import { isSpace } from './char-classes.js';
import type { PeopleLexicon, TrieNode } from './load-people-lexicon.js';
import { parseTitle, type ParsedTitle } from './parse-title.js';

/** A title found in the text. */
export interface TitleMatch {
  /** Start of the whole role text, organization prefix included. */
  readonly start: number;
  /** End of the title, exclusive. */
  readonly end: number;
  /** Start of the part that is a TITLE entity (after an ORG/LOC entity used as prefix). */
  readonly titleStart: number;
  /** The role parsed. */
  readonly parsed: ParsedTitle;
  /** Kind from the lexicon (`unknown` for a model title the lexicon lacks). */
  readonly kind: string;
  /** The model's TITLE entity, when the model found it. */
  readonly entity?: Entity;
}

/** Modifiers that may stand in front of an organization prefix (原市委书记). */
const LEADING = new Set(['原', '前', '时任', '现任', '新任']);

/** Finds the titles in `text`; see the file comment. */
export function findTitles(
  text: string, lexicon: PeopleLexicon, entities: readonly Entity[], tokens: readonly Token[] = [],
): TitleMatch[] {
  const gridOf = lazyWordGrid(text, tokens); // built for the first lexicon match
  const cutsWord = (start: number, end: number): boolean => {
    const grid = gridOf();
    if (!grid) return false;
    // The title's end falls inside a word that begins within it (社科院长|江 in 长江) …
    const last = grid.words[wordAt(grid, end - 1)];
    if (last && last.start >= start && last.end > end) return true;
    // … or it starts inside a word it does not end (保安 of 确保安全; 院长 is the tail of 刘院长).
    const first = grid.words[wordAt(grid, start)];
    return first !== undefined && first.start < start && first.end !== end;
  };
  const sorted = [...entities].sort((a, b) => a.start - b.start || a.end - b.end);
  const endsAt = new Map<number, Entity>();
  for (const e of sorted) if (e.label === 'ORG' || e.label === 'LOC') endsAt.set(e.end, e);
  const trie = flatTrie(lexicon.titleTrie);
  const out: TitleMatch[] = [];
  let k = 0;
  let i = 0;
  let lastEnd = 0;
  while (i < text.length) {
    while (k < sorted.length && (sorted[k] as Entity).end <= i) k++;
    const e = sorted[k];
    if (e && e.start <= i) {
      if (e.label === 'TITLE') {
        out.push(modelTitle(text, e, endsAt, lexicon, lastEnd));
        lastEnd = e.end;
      }
      i = Math.max(i + 1, e.end);
      continue;
    }
    if (trie.root[text.charCodeAt(i)] === -1) { i++; continue; }
    const m = longestIn(trie, text, i);
    if (!m) { i++; continue; }
    const end = i + m.length;
    const nextEntity = sorted[k];
    if (m.kind === '-' || (nextEntity && nextEntity.start < end) || cutsWord(i, end)) {
      i = m.kind === '-' && !(nextEntity && nextEntity.start < end) && !cutsWord(i, end) ? end : i + 1;
      continue;
    }
    out.push(extendLeft(text, i, end, m.kind, endsAt, lexicon, lastEnd, k > 0 ? (sorted[k - 1] as Entity).end : 0));
    lastEnd = end;
    i = end;
  }
  return out;
}

/**
 * The trie flattened over UTF-16 code units: root children in a 64K table, other nodes' children
 * as sorted code arrays (binary search), so matching allocates nothing per character. Children
 * keyed by more than one unit (astral characters) can never match a single unit and are left out.
 */
interface FlatTrie {
  /** Root child node per code unit, -1 for none. */
  readonly root: Int32Array;
  /** Children of node n: codes and nodes in [childStart[n], childStart[n + 1]). */
  readonly childStart: Int32Array;
  readonly childCode: Uint16Array;
  readonly childNode: Int32Array;
  /** Kind of a word ending at the node, or undefined. */
  readonly value: readonly (string | undefined)[];
}

const flatTries = new WeakMap<TrieNode, FlatTrie>();

function flatten(trie: TrieNode): FlatTrie {
  const nodes: TrieNode[] = [trie];
  const kids: Array<Array<[number, number]>> = [];
  for (let n = 0; n < nodes.length; n++) {
    const list: Array<[number, number]> = [];
    for (const [ch, child] of nodes[n]!.next) {
      if (ch.length !== 1) continue;
      list.push([ch.charCodeAt(0), nodes.length]);
      nodes.push(child);
    }
    list.sort((a, b) => a[0] - b[0]);
    kids.push(list);
  }
  const childStart = new Int32Array(nodes.length + 1);
  for (let n = 0; n < nodes.length; n++) childStart[n + 1] = childStart[n]! + kids[n]!.length;
  const childCode = new Uint16Array(childStart[nodes.length]!);
  const childNode = new Int32Array(childStart[nodes.length]!);
  const root = new Int32Array(65536).fill(-1);
  for (let n = 0; n < nodes.length; n++) {
    kids[n]!.forEach(([code, child], k) => {
      childCode[childStart[n]! + k] = code;
      childNode[childStart[n]! + k] = child;
      if (n === 0) root[code] = child;
    });
  }
  return { root, childStart, childCode, childNode, value: nodes.map((node) => node.value) };
}

function flatTrie(trie: TrieNode): FlatTrie {
  let flat = flatTries.get(trie);
  if (!flat) flatTries.set(trie, (flat = flatten(trie)));
  return flat;
}

/** Longest title (or blocker) starting at `at`. */
export function longestTitle(trie: TrieNode, text: string, at: number): { length: number; kind: string } | undefined {
  return longestIn(flatTrie(trie), text, at);
}

function longestIn(flat: FlatTrie, text: string, at: number): { length: number; kind: string } | undefined {
  if (at < 0 || at >= text.length) return undefined;
  let node = flat.root[text.charCodeAt(at)]!;
  let bestLength = 0;
  let bestKind: string | undefined;
  const { childStart, childCode, childNode, value } = flat;
  for (let j = at; node >= 0;) {
    const v = value[node];
    if (v !== undefined) { bestLength = j - at + 1; bestKind = v; }
    if (++j >= text.length) break;
    const code = text.charCodeAt(j);
    let lo = childStart[node]!;
    let hi = childStart[node + 1]! - 1;
    node = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = childCode[mid]!;
      if (c === code) { node = childNode[mid]!; break; }
      if (c < code) lo = mid + 1; else hi = mid - 1;
    }
  }
  return bestKind === undefined ? undefined : { length: bestLength, kind: bestKind };
}

function modelTitle(text: string, e: Entity, endsAt: ReadonlyMap<number, Entity>, lexicon: PeopleLexicon, floor: number): TitleMatch {
  const org = endsAt.get(e.start);
  const start = org && org.start >= floor ? org.start : e.start;
  const parsed = parseTitle(text.slice(start, e.end), lexicon);
  return { start, end: e.end, titleStart: e.start, parsed, kind: lexicon.titles.get(parsed.title) ?? 'unknown', entity: e };
}

function extendLeft(
  text: string, coreStart: number, end: number, kind: string,
  endsAt: ReadonlyMap<number, Entity>, lexicon: PeopleLexicon, floor: number, entityFloor: number,
): TitleMatch {
  const lexFloor = Math.max(floor, entityFloor);
  let start = coreStart;
  for (let n = 0; n < 3; n++) {
    const m = longestEndingAt(text, start, lexicon.modifiers, lexicon.maxModifierLength, lexFloor);
    if (!m) break;
    start -= m;
  }
  let titleStart = start;
  let usedEntity = false;
  for (let n = 0; n < 3; n++) {
    const entity = endsAt.get(start);
    if (entity && entity.start >= floor) {
      start = entity.start;
      usedEntity = true;
      break;
    }
    const o = longestEndingAt(text, start, lexicon.orgs, lexicon.maxOrgLength, lexFloor);
    if (!o) break;
    start -= o;
    titleStart = start;
  }
  if (!usedEntity) {
    const lead = longestEndingAt(text, start, LEADING, 2, lexFloor);
    if (lead) { start -= lead; titleStart = start; }
  }
  const parsed = parseTitle(text.slice(start, end), lexicon);
  return { start, end, titleStart, parsed, kind };
}

function longestEndingAt(text: string, at: number, set: ReadonlySet<string>, max: number, floor: number): number {
  for (let k = Math.min(max, at - floor); k >= 1; k--) {
    const w = text.slice(at - k, at);
    if (!isSpace(w[0]) && set.has(w)) return k;
  }
  return 0;
}
