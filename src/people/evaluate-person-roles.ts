/**
 * evaluatePersonRolesOracle: CLUENER-format records → person–role pair scores of the people step
 * when it is given the GOLD `name` spans (as PER) and gold `position` spans (as TITLE) as its
 * entities — an "oracle entities" figure that measures the linking logic alone. Pure: the caller
 * reads the file. CLUENER offsets are code points with inclusive ends; they are converted to UTF-16
 * half-open ranges, and a span whose surface does not match the text is skipped.
 */
import { makeEntity } from '../document/make-entity.js';
import type { Entity, Token } from '../document/types.js';
import { annotatePeople } from './annotate-people.js';
import type { PeopleLexicon } from './load-people-lexicon.js';
import { predictedPersonRoles, scorePairs, sumPairScores, type PairScore, type PersonRolePair } from './score-person-roles.js';

/** One CLUENER record: `{ text, label: { type: { surface: [[start, endInclusive], …] } } }`. */
export interface ClueNerRecord {
  /** The sentence. */
  readonly text: string;
  /** Spans by type and surface; absent in the unlabelled test split. */
  readonly label?: Readonly<Record<string, Readonly<Record<string, readonly (readonly number[])[]>>>>;
}

/** A pair the evaluation got wrong, for reading. */
export interface PairMistake {
  /** `fp`: predicted but not gold; `fn`: gold but not predicted. */
  readonly kind: 'fp' | 'fn';
  /** The record's text. */
  readonly text: string;
  /** Title surface. */
  readonly title: string;
  /** Name surface. */
  readonly name: string;
  /** The name is a gold `name` span (so an `fp` is a title the gold data left unlabelled). */
  readonly goldName: boolean;
}

/** Scores plus the number of records and a sample of mistakes. */
export interface OracleEvaluation extends PairScore {
  /** Records read. */
  readonly records: number;
  /** False positives whose name is a gold name: pairs with a title the gold data did not label. */
  readonly fpWithGoldName: number;
  /** Up to `maxMistakes` mistakes, in record order. */
  readonly mistakes: readonly PairMistake[];
}

/** Gold spans of one type, as UTF-16 half-open ranges. */
export function clueNerSpans(record: ClueNerRecord, type: string): { start: number; end: number }[] {
  const byType = record.label?.[type];
  if (!byType) return [];
  const units = codePointOffsets(record.text);
  const out: { start: number; end: number }[] = [];
  for (const [surface, ranges] of Object.entries(byType)) {
    for (const r of ranges) {
      const [s, e] = r as [number, number];
      const start = units[s];
      const end = units[e + 1];
      if (start === undefined || end === undefined || record.text.slice(start, end) !== surface) continue;
      out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Gold pairs: a `position` span directly followed by a `name` span. */
export function clueNerGoldPairs(record: ClueNerRecord): PersonRolePair[] {
  const names = new Map(clueNerSpans(record, 'name').map((n) => [n.start, n]));
  const out: PersonRolePair[] = [];
  for (const t of clueNerSpans(record, 'position')) {
    const n = names.get(t.end);
    if (n) out.push({ title: t, name: n });
  }
  return out;
}

/** The oracle entity input: gold `name` → PER, gold `position` → TITLE (overlaps dropped, first wins). */
export function clueNerOracleEntities(record: ClueNerRecord): Entity[] {
  const spans = [
    ...clueNerSpans(record, 'name').map((s) => ({ ...s, label: 'PER' as const })),
    ...clueNerSpans(record, 'position').map((s) => ({ ...s, label: 'TITLE' as const })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  let lastEnd = 0;
  for (const s of spans) {
    if (s.start < lastEnd) continue;
    const text = record.text.slice(s.start, s.end);
    out.push(makeEntity({ id: `e${out.length}`, label: s.label, start: s.start, end: s.end, text, normal: text, source: 'gold:cluener' }));
    lastEnd = s.end;
  }
  return out;
}

/** Runs the people step with oracle entities over `records` and scores person–role pairs. */
export function evaluatePersonRolesOracle(
  records: Iterable<ClueNerRecord>, lexicon: PeopleLexicon,
  options: { readonly tokenize?: (text: string) => readonly Token[]; readonly maxMistakes?: number } = {},
): OracleEvaluation {
  const scores: PairScore[] = [];
  const mistakes: PairMistake[] = [];
  const max = options.maxMistakes ?? 50;
  let n = 0;
  let fpWithGoldName = 0;
  for (const record of records) {
    n++;
    const gold = clueNerGoldPairs(record);
    const doc = annotatePeople(record.text, clueNerOracleEntities(record), options.tokenize?.(record.text) ?? [], lexicon);
    const predicted = predictedPersonRoles(doc);
    scores.push(scorePairs(gold, predicted));
    const key = (p: PersonRolePair): string => `${p.title.end}:${p.name.start}:${p.name.end}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    const goldNames = new Set(clueNerSpans(record, 'name').map((s) => `${s.start}:${s.end}`));
    const show = (kind: 'fp' | 'fn', p: PersonRolePair): PairMistake => ({
      kind, text: record.text, title: record.text.slice(p.title.start, p.title.end), name: record.text.slice(p.name.start, p.name.end),
      goldName: goldNames.has(`${p.name.start}:${p.name.end}`),
    });
    for (const p of predicted) {
      if (goldKeys.has(key(p))) continue;
      const m = show('fp', p);
      if (m.goldName) fpWithGoldName++;
      if (mistakes.length < max) mistakes.push(m);
    }
    for (const g of gold) if (!predKeys.has(key(g)) && mistakes.length < max) mistakes.push(show('fn', g));
  }
  return { ...sumPairScores(scores), records: n, fpWithGoldName, mistakes };
}

/** UTF-16 offset of every code point index (plus one past the end). */
function codePointOffsets(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  for (const ch of text) { out.push(i); i += ch.length; }
  out.push(i);
  return out;
}
