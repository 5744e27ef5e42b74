/**
 * linkRoles: text + titles + entities (+ tokens) → person mentions and the roles linked to them.
 * Shapes: title + name (市委书记章旭升), a chain of titles for one name (市委副书记、市长胡勇春), one
 * title for a list of names (市领导李浩锋、胡文建), bylines and credits (（融媒首席记者 陈晓苏）,
 * 融媒记者 杨成栋 摄), name + title (胡勇春市长), apposition (胡勇春（市长）) and surname + title
 * (章书记, only when a full name with that surname is already known). Model PER entities are used
 * first; names are proposed only in those marked contexts (see proposeName). A title with no name
 * links to nobody, and neither does one before an address form (经理刘先生, 老板陈女士, 副总经理方总)
 * or a surname + title (主持人章院长), which news NER data (CLUENER) does not mark as a name. After
 * a media title, adjacent model names share it (记者张明远李华). Proposals never overlap entities,
 * titles or each other.
 */
import type { Entity, Role, Token } from '../document/types.js';
import { isCjk, isSpace } from './char-classes.js';
import type { TitleMatch } from './find-titles.js';
import type { PeopleLexicon } from './load-people-lexicon.js';
import { addressFormEnd, isAdminChar, proposeName, type NameContext } from './propose-name.js';
import { compactName } from './compact-name.js';

/** A mention of a person: a model PER entity or a span this step proposes. */
export interface PersonMention {
  /** First code unit. */
  readonly start: number;
  /** End, exclusive. */
  readonly end: number;
  /** What produced it: the model entity's source or `rule:…`. */
  readonly source: string;
  /** The model entity, when the mention came from the model. */
  readonly entity?: Entity;
}

/** One role linked to one mention. */
export interface RoleLink {
  /** The person mention the role belongs to. */
  readonly mention: PersonMention;
  /** The role. */
  readonly role: Role;
  /** The title the role was read from. */
  readonly title: TitleMatch;
}

/** What linkRoles returns. */
export interface LinkResult {
  /** Every person mention (model and proposed), sorted by start. */
  readonly mentions: readonly PersonMention[];
  /** Role links, in text order of the titles. */
  readonly links: readonly RoleLink[];
}

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);
const LIST_JOINERS = new Set(['和', '及', '与']);
/** Characters after which a surname may start a surname + title mention (与章书记, 对章书记). */
const BEFORE_SURNAME = new Set(['和', '与', '及', '向', '对', '在', '是', '由', '请', '据', '听', '给', '跟', '同', '让', '将', '把', '陪', '随', '经']);

/** Links roles to people; see the file comment. Never throws on text. */
export function linkRoles(
  text: string, titles: readonly TitleMatch[], entities: readonly Entity[], tokens: readonly Token[], lexicon: PeopleLexicon,
): LinkResult {
  // Built by pushing, not by spreading mapped arrays: an empty `map` result is an array of another
  // kind, and meeting one threw this function's optimized code away (scripts/jit-warmup.ts).
  const taken: [number, number][] = [];
  for (let i = 0; i < entities.length; i++) taken.push([entities[i]!.start, entities[i]!.end]);
  for (let i = 0; i < titles.length; i++) taken.push([titles[i]!.titleStart, titles[i]!.end]);
  const fixed = new Occupancy(taken);
  const proposed = new Occupancy([]);
  const occupied = {
    overlaps: (s: number, e: number): boolean => fixed.overlaps(s, e) || proposed.overlaps(s, e),
    add: (s: number, e: number): void => proposed.add(s, e),
  };
  const byStart = new Map<number, PersonMention>();
  const byEnd = new Map<number, PersonMention>();
  const mentions: PersonMention[] = [];
  const addMention = (m: PersonMention): PersonMention => {
    mentions.push(m);
    byStart.set(m.start, m);
    byEnd.set(m.end, m);
    return m;
  };
  for (const e of entities) if (e.label === 'PER') addMention({ start: e.start, end: e.end, source: e.source, entity: e });
  const titleStarts = new Set<number>();
  for (const t of titles) { titleStarts.add(t.start); titleStarts.add(t.titleStart); }
  let inOrder = true;
  for (let k = 1; k < tokens.length && inOrder; k++) if (!((tokens[k - 1] as Token).start <= (tokens[k] as Token).start)) inOrder = false;
  const sortedTokens = inOrder ? tokens : [...tokens].sort((a, b) => a.start - b.start);
  const links: RoleLink[] = [];
  const unlinked: TitleMatch[][] = [];
  const linkChain = (chain: readonly TitleMatch[], mention: PersonMention, source: string): void => {
    for (const t of chain) links.push({ mention, role: toRole(text, t, source), title: t });
  };

  for (const chain of chainTitles(text, titles)) {
    const first = chain[0] as TitleMatch;
    const last = chain[chain.length - 1] as TitleMatch;
    const openBefore = OPEN.has(text[skipSpacesBack(text, first.start) - 1] as string);
    const byline = openBefore || (last.kind === 'media' && isSpace(text[last.end]));
    const context: NameContext = {
      byline,
      placeTitle: isAdminChar(text[first.start]) && isCjk(text[first.start - 1]),
      tokens: sortedTokens,
      titleStarts,
      blocked: (s, e) => occupied.overlaps(s, e),
    };
    const names: PersonMention[] = [];
    let p = skipSpaces(text, last.end);
    for (let guard = 0; guard < 50; guard++) {
      let m = byStart.get(p);
      if (!m) {
        const span = proposeName(text, p, lexicon, context);
        if (span) {
          m = addMention({ start: span.start, end: span.end, source: byline ? 'rule:byline' : 'rule:title-then-name' });
          occupied.add(span.start, span.end);
        }
      }
      if (!m) break;
      // an unnamed person: a surname and an address form or a title (刘 of 刘先生, 陈女士, 章 of 章院长)
      const addressEnd = addressFormEnd(text, m.start, lexicon);
      if ((addressEnd > 0 && m.end <= addressEnd) || (titleStarts.has(m.end) && lexicon.surnames.has(text.slice(m.start, m.end)))) break;
      names.push(m);
      const q = m.end;
      if (text[q] === '、' && !titleStarts.has(q + 1)) { p = q + 1; continue; }
      if (byline && isSpace(text[q])) {
        const r = skipSpaces(text, q);
        if (!titleStarts.has(r) && text[r] !== '摄' && isCjk(text[r])) { p = r; continue; }
      }
      if (LIST_JOINERS.has(text[q] as string) && byStart.get(q + 1)?.entity) { p = q + 1; continue; }
      if (last.kind === 'media' && byStart.get(q)?.entity) { p = q; continue; } // 记者张明远李华: two names, no separator
      break;
    }
    if (names.length > 0) {
      const after = skipSpaces(text, (names[names.length - 1] as PersonMention).end);
      const credit = text[after] === '摄' || text.startsWith('摄影', after);
      names.forEach((m, n) => {
        const source = credit ? 'rule:photo-credit' : byline ? 'rule:byline' : n === 0 ? 'rule:title-then-name' : 'rule:title-list';
        linkChain(chain, m, source);
      });
      continue;
    }
    const beforeOpen = byEnd.get(first.start - 1);
    if (beforeOpen && OPEN.has(text[first.start - 1] as string) && CLOSE.has(text[last.end] as string)) {
      linkChain(chain, beforeOpen, 'rule:apposition');
      continue;
    }
    const before = byEnd.get(first.start);
    if (before) {
      linkChain(chain, before, 'rule:name-then-title');
      continue;
    }
    unlinked.push(chain);
  }

  // Surname + title (章书记) for a person already known by full name.
  const knownSurnames = new Set<string>();
  for (const m of mentions) {
    const name = compactName(text.slice(m.start, m.end));
    for (const n of [1, 2]) if (name.length > n) knownSurnames.add(name.slice(0, n));
  }
  for (const chain of unlinked) {
    const first = chain[0] as TitleMatch;
    if (first.parsed.org !== undefined) continue;
    for (const length of [2, 1]) {
      const s = first.start - length;
      if (s < 0) continue;
      const surname = text.slice(s, first.start);
      if (!lexicon.surnames.has(surname)) continue;
      const prev = text[s - 1];
      if (s > 0 && isCjk(prev) && !BEFORE_SURNAME.has(prev as string)) continue;
      if (!knownSurnames.has(surname)) continue;
      if (occupied.overlaps(s, first.start)) continue;
      const m = addMention({ start: s, end: first.start, source: 'rule:surname-title' });
      occupied.add(s, first.start);
      linkChain(chain, m, 'rule:surname-title');
      break;
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, links };
}

/** Groups titles written one after another (市委副书记、市长; 党组书记兼局长) into chains. */
export function chainTitles(text: string, titles: readonly TitleMatch[]): TitleMatch[][] {
  const chains: TitleMatch[][] = [];
  let current: TitleMatch[] = [];
  for (const t of titles) {
    const prev = current[current.length - 1];
    if (prev && isChainGap(text.slice(prev.end, t.start))) current.push(t);
    else {
      if (current.length) chains.push(current);
      current = [t];
    }
  }
  if (current.length) chains.push(current);
  return chains;
}

function isChainGap(gap: string): boolean {
  return gap === '' || gap === '、' || gap === '兼' || gap === '兼任' || gap === '/' || /^[ \u3000]+$/u.test(gap);
}

function toRole(text: string, t: TitleMatch, source: string): Role {
  const base = { text: text.slice(t.start, t.end), title: t.parsed.title, modifiers: t.parsed.modifiers, start: t.start, end: t.end, source };
  return t.parsed.org !== undefined ? { ...base, org: t.parsed.org } : base;
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < 4 && isSpace(text[i])) i++;
  return i;
}

function skipSpacesBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 4 && isSpace(text[i - 1])) i--;
  return i;
}

/** Sorted, non-merged set of half-open ranges with an overlap query. */
class Occupancy {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private maxLength = 0;

  constructor(ranges: readonly (readonly [number, number])[]) {
    const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
    for (const [s, e] of sorted) {
      this.starts.push(s);
      this.ends.push(e);
      this.maxLength = Math.max(this.maxLength, e - s);
    }
  }

  add(start: number, end: number): void {
    if (end <= start) return;
    const n = this.starts.length;
    if (n === 0 || (this.starts[n - 1] as number) <= start) {
      this.starts.push(start);
      this.ends.push(end);
      this.maxLength = Math.max(this.maxLength, end - start);
      return;
    }
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < start) lo = mid + 1; else hi = mid;
    }
    this.starts.splice(lo, 0, start);
    this.ends.splice(lo, 0, end);
    this.maxLength = Math.max(this.maxLength, end - start);
  }

  overlaps(start: number, end: number): boolean {
    // any range with rangeStart < end and rangeEnd > start; ranges start ≥ start - maxLength
    let lo = 0;
    let hi = this.starts.length;
    const from = start - this.maxLength;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < from) lo = mid + 1; else hi = mid;
    }
    for (let i = lo; i < this.starts.length && (this.starts[i] as number) < end; i++) {
      if ((this.ends[i] as number) > start) return true;
    }
    return false;
  }
}
