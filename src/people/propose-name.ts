/**
 * proposeName: a position right after a title → the span of a person's name that starts there,
 * or undefined. Outside bylines it needs a common surname and 1–2 given characters, and it picks
 * the end from what follows (谢纯|参加 → 谢纯, 章旭升|赴 → 章旭升, 李明|先生): punctuation, a predicate
 * word, a stop character, an address form; jieba tokens veto ends that cut a word. A transliterated
 * name goes on across a name dot (穆赫辛·X). A surname followed by an address form (陈女士, 刘先生,
 * 方总) is no name. Linear in the name length; never throws.
 */
import type { Token } from '../document/types.js';
import {
  ADMIN_CHARS, honorificAt, isCjk, isSpace, NOT_IN_NAME, PLACE_SUFFIXES, PREDICATE_WORDS, STRONG_STOPS, WEAK_STOPS,
} from './char-classes.js';
import type { PeopleLexicon } from './load-people-lexicon.js';

/** Where a name is proposed, and what surrounds it. */
export interface NameContext {
  /** Inside a byline or credit (（记者 X）, 记者 X 摄): the name runs to the next space or bracket. */
  readonly byline: boolean;
  /** The title just before begins with a place level (市长, 县长) and follows a CJK character. */
  readonly placeTitle: boolean;
  /** Tokens sorted by start (may be empty). */
  readonly tokens: readonly Token[];
  /** Positions where a title starts (a name ends there). */
  readonly titleStarts: ReadonlySet<number>;
  /** True when [start, end) overlaps something already annotated. */
  readonly blocked: (start: number, end: number) => boolean;
}

/** A proposed name span. */
export interface NameSpan {
  /** First code unit of the name. */
  readonly start: number;
  /** End of the name, exclusive. */
  readonly end: number;
}

const PREDICATES = new Set(PREDICATE_WORDS);
const MAX_PREDICATE = Math.max(...PREDICATE_WORDS.map((w) => w.length));
const BYLINE_END = new Set(['）', ')', '、', '，', ',', '；', ']', '】']);

/** Length of the predicate word starting at `at` (0 when none). */
export function predicateAt(text: string, at: number): number {
  for (let k = Math.min(MAX_PREDICATE, text.length - at); k >= 2; k--) {
    if (PREDICATES.has(text.slice(at, at + k))) return k;
  }
  return 0;
}

/** How strongly position `at` marks the end of a name: 3 punctuation/end, 2 predicate word, 1.5/1 stop characters, 0 none. */
export function boundaryStrength(text: string, at: number, titleStarts?: ReadonlySet<number>): number {
  if (at >= text.length) return 3;
  const ch = text[at] as string;
  if (/[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/u.test(ch)) return 0;
  if (!isCjk(ch)) return 3;
  if (titleStarts?.has(at)) return 3;
  if (predicateAt(text, at) > 0) return 2;
  if (STRONG_STOPS.has(ch)) return 1.5;
  if (WEAK_STOPS.has(ch)) return 1;
  return 0;
}

/** Proposes the name starting at `at`; see the file comment. */
export function proposeName(text: string, at: number, lexicon: PeopleLexicon, context: NameContext): NameSpan | undefined {
  if (at >= text.length || !isCjk(text[at]) || predicateAt(text, at) > 0) return undefined;
  if (context.byline) {
    const span = bylineName(text, at, context);
    if (span) return span;
  }
  if (isAddressForm(text, at, lexicon)) return undefined;
  for (const surnameLength of [2, 1]) {
    if (!lexicon.surnames.has(text.slice(at, at + surnameLength)) || at + surnameLength > text.length) continue;
    const span = afterSurname(text, at, at + surnameLength, context);
    if (span) return span;
  }
  return undefined;
}

function bylineName(text: string, at: number, context: NameContext): NameSpan | undefined {
  let end = at;
  while (end < text.length && end - at <= 5 && isCjk(text[end]) && !context.titleStarts.has(end)) end++;
  if (end < text.length && end - at > 5) return undefined;
  const next = text[end];
  let nameEnd = end;
  if (text[end - 1] === '摄' && end - at >= 3) nameEnd = end - 1; // 杨成栋摄
  else if (text.startsWith('撰文', end - 2) && end - at >= 4) nameEnd = end - 2; // 小波撰文
  const closed = end >= text.length || isSpace(next) || BYLINE_END.has(next as string) || context.titleStarts.has(end) || nameEnd < end;
  const length = nameEnd - at;
  if (!closed || length < 2 || length > 4) return undefined;
  for (let i = at + 1; i < nameEnd; i++) if (NOT_IN_NAME.has(text[i] as string) || predicateAt(text, i) > 0) return undefined;
  if (context.blocked(at, nameEnd)) return undefined;
  return { start: at, end: nameEnd };
}

function afterSurname(text: string, at: number, given: number, context: NameContext): NameSpan | undefined {
  const c1 = text[given];
  if (!isCjk(c1) || NOT_IN_NAME.has(c1 as string) || predicateAt(text, given) > 0 || context.titleStarts.has(given)) return undefined;
  const ok = (end: number): boolean => !vetoedByTokens(context.tokens, at, end) && !context.blocked(at, end)
    && !(context.placeTitle && PLACE_SUFFIXES.has(text[end - 1] as string));
  const ok2 = ok(given + 1);
  const s2 = ok2 ? endStrength(text, given + 1, context) : 0;
  const c2 = text[given + 1];
  const three = isCjk(c2) && !NOT_IN_NAME.has(c2 as string) && !context.titleStarts.has(given + 1) && ok(given + 2);
  const s3 = three ? endStrength(text, given + 2, context) : 0;
  if (ok2 && s2 >= 1.5) return withDottedParts(text, { start: at, end: given + 1 }, context);
  if (three && s3 >= 1.5) return withDottedParts(text, { start: at, end: given + 2 }, context);
  return undefined;
}

/** boundaryStrength, and an address form after a full name (李明|先生) ends it like a predicate word. */
function endStrength(text: string, at: number, context: NameContext): number {
  return Math.max(boundaryStrength(text, at, context.titleStarts), honorificAt(text, at) >= 2 ? 2 : 0);
}

const NAME_DOTS = new Set(['·', '•', '・', '▪']);

/**
 * A transliterated name goes on across a name dot (穆赫辛·X, 安德鲁·X): each part runs over CJK
 * characters up to a stop character, a predicate word or a title (at most six characters).
 */
function withDottedParts(text: string, span: NameSpan, context: NameContext): NameSpan {
  let end = span.end;
  while (NAME_DOTS.has(text[end] as string) && isCjk(text[end + 1])) {
    let q = end + 1;
    while (q < text.length && q - end <= 6 && isCjk(text[q]) && (q === end + 1 || boundaryStrength(text, q, context.titleStarts) < 1)) q++;
    if (q - end > 6 || context.blocked(end, q)) break;
    end = q;
  }
  return end === span.end ? span : { start: span.start, end };
}

/**
 * A segmenter word vetoes a name when it is a dictionary word (not tagged `nr…`) of 2+ characters
 * that starts at the surname (方面, 支队, 时代) or crosses the name's end (参|加 in 谢纯参加); so does a
 * one-character "surname" the segmenter tags as an adverb, preposition, conjunction or pronoun (曾承诺, 向市民).
 */
function vetoedByTokens(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens.length === 0) return false;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= start) lo = mid + 1; else hi = mid;
  }
  for (let i = lo; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= end) break;
    if (t.start === start && t.end === start + 1 && /^(d|p|c|u|r)/u.test(t.pos)) return true;
    if (t.start < start || t.end - t.start < 2 || t.pos.startsWith('nr')) continue;
    if (t.start === start || t.end > end) return true;
  }
  return false;
}

/**
 * True when a surname at `at` is followed by an address form (陈女士, 刘先生, 方总): an unnamed
 * person, not a name (CLUENER marks no name there).
 */
export function isAddressForm(text: string, at: number, lexicon: PeopleLexicon): boolean {
  return addressFormEnd(text, at, lexicon) > 0;
}

/** End of the surname + address form starting at `at` (陈女士 → after 士), 0 when there is none. */
export function addressFormEnd(text: string, at: number, lexicon: PeopleLexicon): number {
  for (const n of [2, 1]) {
    if (!lexicon.surnames.has(text.slice(at, at + n))) continue;
    const h = honorificAt(text, at + n);
    if (h > 0) return at + n + h;
  }
  return 0;
}

/** True when `ch` is an administrative character that begins a place-level title. */
export function isAdminChar(ch: string | undefined): boolean {
  return ch !== undefined && ADMIN_CHARS.has(ch);
}
