/**
 * parseTitle: one written title → `{ title, org?, modifiers }`
 * (市委副书记 → org 市委, title 书记, modifiers [副]; 原市委书记 → modifiers [原]).
 * The bare title is the longest suffix found in the titles lexicon; modifiers are peeled off
 * right to left before it, the rest in front is the organization. Whitespace is ignored.
 * A title the lexicon does not know is returned whole as `title` after known prefixes are peeled.
 */
import type { PeopleLexicon } from './load-people-lexicon.js';

/** A parsed title. */
export interface ParsedTitle {
  /** The bare title (书记, 市长, 记者). */
  readonly title: string;
  /** Organization or place prefix as written (市委, 永康农商银行), when present. */
  readonly org?: string;
  /** Modifiers in reading order (常务, 副). */
  readonly modifiers: readonly string[];
}

/** Modifiers that may stand in front of an organization prefix (原市委书记). */
const LEADING_MODIFIERS = new Set(['原', '前', '时任', '现任', '新任', '首任', '候任', '离任', '退休']);

/** Parses one title; see the file comment. Never throws. */
export function parseTitle(text: string, lexicon: PeopleLexicon): ParsedTitle {
  const s = text.replace(/\s+/gu, '');
  let coreLength = 0;
  for (let k = Math.min(lexicon.maxTitleLength, s.length); k >= 1; k--) {
    const kind = lexicon.titles.get(s.slice(s.length - k));
    if (kind !== undefined && kind !== '-') { coreLength = k; break; }
  }
  if (coreLength === 0) return parseUnknown(s, lexicon);
  let rest = s.slice(0, s.length - coreLength);
  const modifiers: string[] = [];
  for (;;) {
    const m = longestSuffix(rest, lexicon.modifiers, lexicon.maxModifierLength);
    if (!m) break;
    modifiers.unshift(m);
    rest = rest.slice(0, rest.length - m.length);
  }
  const leading: string[] = [];
  for (;;) {
    const m = longestPrefix(rest, LEADING_MODIFIERS);
    if (!m) break;
    leading.push(m);
    rest = rest.slice(m.length);
  }
  const title = s.slice(s.length - coreLength);
  const all = [...leading, ...modifiers];
  return rest ? { title, org: rest, modifiers: all } : { title, modifiers: all };
}

function parseUnknown(s: string, lexicon: PeopleLexicon): ParsedTitle {
  let rest = s;
  const modifiers: string[] = [];
  let org = '';
  for (;;) {
    const m = longestPrefix(rest, LEADING_MODIFIERS);
    if (!m || m === rest) break;
    modifiers.push(m);
    rest = rest.slice(m.length);
  }
  for (;;) {
    const o = longestPrefix(rest, lexicon.orgs, lexicon.maxOrgLength);
    if (!o || o === rest) break;
    org += o;
    rest = rest.slice(o.length);
  }
  for (;;) {
    const m = longestPrefix(rest, lexicon.modifiers, lexicon.maxModifierLength);
    if (!m || m === rest) break;
    modifiers.push(m);
    rest = rest.slice(m.length);
  }
  const title = rest || s;
  return org ? { title, org, modifiers } : { title, modifiers };
}

function longestSuffix(s: string, set: ReadonlySet<string>, max: number): string | undefined {
  for (let k = Math.min(max, s.length); k >= 1; k--) {
    const w = s.slice(s.length - k);
    if (set.has(w)) return w;
  }
  return undefined;
}

function longestPrefix(s: string, set: ReadonlySet<string>, max = 4): string | undefined {
  for (let k = Math.min(max, s.length); k >= 1; k--) {
    const w = s.slice(0, k);
    if (set.has(w)) return w;
  }
  return undefined;
}
