/**
 * annotatePeople: normalized text + entities (+ tokens) → the entity list with the people step's
 * additions, and `Person[]` with mentions, roles and speech. Pure; never throws on text.
 * Input: model entities (PER, TITLE, ORG, LOC …), sorted or not. Output entities are sorted by
 * start, never overlap, keep every model entity but those the rules below replace (ids reassigned `e0…` in order), and add
 * PER mentions proposed by rules (`rule:title-then-name`, `rule:byline`, `rule:photo-credit`,
 * `rule:surname-title`) plus a TITLE entity (`lexicon:titles`) for each linked title the model
 * did not give. One rule replaces a model entity: a PER that swallowed a title (市长胡勇春, or
 * 胡勇春市长) is cut to the name when the rest starts with a surname and is 2–4 characters long
 * (source `<model source>+rule:split-title`); the title is then found by the lexicon. Another
 * completes a title the model cut short before a name: a TITLE, ORG or LOC entity grows over one or
 * two characters into the TITLE (副委员|长 → 副委员长, 国防部|长 → 国防部长; `+rule:complete-title`);
 * two byline names read as one PER are split (see splitBylineNames); and a place read as a
 * place-level title and a name (江阴市长泾镇: 市长 + 泾镇) becomes places again (see placesNotTitles).
 */
import { changeEntity, makeEntity } from '../document/make-entity.js';
import type { Entity, Person, Role, Span, Token } from '../document/types.js';
import { completeTitles } from './complete-titles.js';
import { findSpeakers, type SpeakerSubject } from './find-speakers.js';
import { findTitles, longestTitle, type TitleMatch } from './find-titles.js';
import { linkRoles, type PersonMention } from './link-roles.js';
import type { PeopleLexicon } from './load-people-lexicon.js';
import { mergeMentions } from './merge-mentions.js';
import { placesNotTitles } from './places-not-titles.js';
import { splitBylineNames } from './split-byline-names.js';
import { compactName } from './compact-name.js';

/** What the people step produces. */
export interface PeopleResult {
  /** All entities, sorted, non-overlapping, ids `e0…`. */
  readonly entities: Entity[];
  /** People, ordered by first mention, ids `p0…`. */
  readonly people: Person[];
}

/** Runs the whole people step over `text`; see the file comment. */
export function annotatePeople(text: string, entities: readonly Entity[], tokens: readonly Token[], lexicon: PeopleLexicon): PeopleResult {
  const split = splitBylineNames(text, splitSwallowedTitles(text, placesNotTitles(text, entities), lexicon), lexicon);
  const input = completeBylines(text, completeTitles(text, split, lexicon), lexicon);
  const titles = findTitles(text, lexicon, input, tokens);
  const { mentions, links } = linkRoles(text, titles, input, tokens, lexicon);

  // Drafts: model entities as given, proposed PERs, TITLE entities for linked lexicon titles (id '' until numbered).
  type Draft = Entity;
  const drafts: { draft: Draft; model: boolean }[] = input.map((e) => ({ draft: e, model: true }));
  const mentionDraft = new Map<PersonMention, Draft>();
  for (const m of mentions) {
    if (m.entity) { mentionDraft.set(m, m.entity); continue; }
    const surface = text.slice(m.start, m.end);
    const d: Draft = makeEntity({ id: '', label: 'PER', start: m.start, end: m.end, text: surface, normal: compactName(surface), source: m.source });
    mentionDraft.set(m, d);
    drafts.push({ draft: d, model: false });
  }
  const linkedTitles = new Set<TitleMatch>();
  for (const l of links) linkedTitles.add(l.title);
  for (const t of linkedTitles) {
    if (t.entity) continue;
    const surface = text.slice(t.titleStart, t.end);
    drafts.push({
      draft: makeEntity({ id: '', label: 'TITLE', start: t.titleStart, end: t.end, text: surface, normal: compactName(surface), subtype: t.kind, source: 'lexicon:titles' }),
      model: false,
    });
  }
  drafts.sort((a, b) => a.draft.start - b.draft.start || a.draft.end - b.draft.end || Number(b.model) - Number(a.model));
  const modelSpans = drafts.filter((d) => d.model).map((d) => d.draft);
  const kept: Draft[] = [];
  let lastEnd = -1;
  let mi = 0;
  for (const d of drafts) {
    if (!d.model) {
      while (mi < modelSpans.length && (modelSpans[mi] as Draft).end <= d.draft.start) mi++;
      const m = modelSpans[mi];
      if (d.draft.start < lastEnd || (m && m.start < d.draft.end)) continue;
    }
    kept.push(d.draft);
    lastEnd = Math.max(lastEnd, d.draft.end);
  }
  const finalOf = new Map<Draft, Entity>();
  const out: Entity[] = kept.map((d, i) => {
    const e: Entity = changeEntity(d, { id: `e${i}` });
    finalOf.set(d, e);
    return e;
  });

  // People: merge PER mentions, attach roles and speech.
  const pers = out.filter((e) => e.label === 'PER');
  const groups = mergeMentions(pers.map((e) => ({ start: e.start, end: e.end, text: e.normal || e.text })), lexicon.surnames);
  const personOf = new Map<Entity, number>();
  groups.forEach((g, p) => { for (const i of g.members) personOf.set(pers[i] as Entity, p); });
  const roles: Role[][] = groups.map(() => []);
  const seenRoles = new Set<string>();
  for (const l of links) {
    const draft = mentionDraft.get(l.mention);
    const entity = draft ? finalOf.get(draft) : undefined;
    const p = entity ? personOf.get(entity) : undefined;
    if (p === undefined) continue;
    const key = `${p}:${l.role.start}:${l.role.end}`;
    if (seenRoles.has(key)) continue;
    seenRoles.add(key);
    (roles[p] as Role[]).push(l.role);
  }
  const subjects: SpeakerSubject[] = pers.map((e) => ({ start: e.start, end: e.end, person: personOf.get(e) as number }));
  for (const t of titles) if (!linkedTitles.has(t)) subjects.push({ start: t.start, end: t.end });
  const speech: Span[][] = groups.map(() => []);
  for (const s of findSpeakers(text, subjects, titles)) speech[s.person]?.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  const people: Person[] = groups.map((g, p) => ({
    id: `p${p}`,
    name: g.name,
    mentions: g.members.map((i) => (pers[i] as Entity).id),
    roles: (roles[p] as Role[]).sort((a, b) => a.start - b.start),
    speech: speech[p] as Span[],
  }));
  return { entities: out, people };
}

const isHan = (c: string | undefined): boolean => c !== undefined && /^\p{Script=Han}$/u.test(c);

/**
 * Completes model spans with the lexicon where the model stopped short: a TITLE preceded by an
 * organization prefix (融媒 + 首席记者 → 融媒首席记者), and in a byline or credit (`记者 杨成栋 摄`,
 * `（记者 陈晓苏）`) a PER cut short of the name's end (杨成 → 杨成栋: the rest runs to the next space or
 * closing bracket and the whole is at most three characters, four after a two-character surname). Spans never grow into another entity.
 */
export function completeBylines(text: string, entities: readonly Entity[], lexicon: PeopleLexicon): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  return sorted.map((e, i) => {
    const prevEnd = i > 0 ? sorted[i - 1]!.end : 0;
    const nextStart = i + 1 < sorted.length ? sorted[i + 1]!.start : text.length;
    if (e.label === 'TITLE') {
      let start = e.start;
      for (let k = Math.min(lexicon.maxOrgLength, start - prevEnd); k >= 1; k--) {
        if (lexicon.orgs.has(text.slice(start - k, start)) && !isHan(text[start - k - 1])) { start -= k; break; }
      }
      return start === e.start ? e : reshape(text, e, start, e.end, 'rule:title-org-prefix');
    }
    if (e.label !== 'PER') return e;
    // A byline: the title (with a space) right before the name, a space, bracket or 摄 right after the rest.
    const before = text.slice(Math.max(prevEnd, e.start - 2), e.start);
    if (!/\s$/u.test(before) || i === 0 || sorted[i - 1]!.label !== 'TITLE') return e;
    const max = lexicon.surnames.has(text.slice(e.start, e.start + 2)) ? 4 : 3; // 欧阳 + two, else three characters
    let end = e.end;
    while (end < nextStart && end - e.start < max && isHan(text[end])) end++;
    const after = text[end];
    if (end === e.end || after === undefined || !/[\s）)]/u.test(after)) return e;
    return reshape(text, e, e.start, end, 'rule:byline-name');
  });
}

function reshape(text: string, e: Entity, start: number, end: number, rule: string): Entity {
  const surface = text.slice(start, end);
  return changeEntity(e, { start, end, text: surface, normal: compactName(surface), source: `${e.source}+${rule}` });
}

/**
 * Cuts a title off a model PER that swallowed it (市长胡勇春 → 胡勇春, 胡勇春市长 → 胡勇春) or the last one
 * or two characters of a title written before it (主帅 + PER 帅X → X); other entities are returned as they are.
 */
export function splitSwallowedTitles(text: string, entities: readonly Entity[], lexicon: PeopleLexicon): Entity[] {
  return entities.map((e) => {
    if (e.label !== 'PER') return e;
    const sub = text.slice(e.start, e.end);
    const nameLike = (s: string): boolean => s.length >= 2 && s.length <= 4 && /^[\u4e00-\u9fff]+$/u.test(s)
      && (lexicon.surnames.has(s.slice(0, 1)) || lexicon.surnames.has(s.slice(0, 2)));
    // the PER begins with the last characters of a title written before it (主帅 + 帅X → X); a
    // Chinese-looking name is kept (中国 + 王某: 国王 is a title, 王某 a name)
    for (let k = 1; k <= 2 && sub.length - k >= 2 && !nameLike(sub); k++) {
      for (let n = k + 1; n <= Math.min(lexicon.maxTitleLength, e.start + k); n++) {
        const kind = lexicon.titles.get(text.slice(e.start + k - n, e.start + k));
        if (kind !== undefined && kind !== '-') return cut(text, e, e.start + k, e.end);
      }
    }
    if (e.end - e.start < 4) return e;
    let i = 0;
    for (let n = 0; n < 2; n++) {
      let step = 0;
      for (let k = Math.min(lexicon.maxModifierLength, sub.length - i); k >= 1; k--) {
        if (lexicon.modifiers.has(sub.slice(i, i + k))) { step = k; break; }
      }
      if (!step) break;
      i += step;
    }
    const head = longestTitle(lexicon.titleTrie, sub, i);
    if (head && head.kind !== '-' && nameLike(sub.slice(i + head.length))) {
      return cut(text, e, e.start + i + head.length, e.end);
    }
    for (let k = Math.min(lexicon.maxTitleLength, sub.length - 2); k >= 2; k--) {
      const kind = lexicon.titles.get(sub.slice(sub.length - k));
      if (kind !== undefined && kind !== '-' && nameLike(sub.slice(0, sub.length - k))) return cut(text, e, e.start, e.end - k);
    }
    return e;
  });
}

function cut(text: string, e: Entity, start: number, end: number): Entity {
  const surface = text.slice(start, end);
  return changeEntity(e, { start, end, text: surface, normal: compactName(surface), source: `${e.source}+rule:split-title` });
}
