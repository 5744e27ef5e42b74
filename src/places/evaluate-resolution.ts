/**
 * evaluateResolution: real documents + an `annotate` function → how often place resolution answers
 * and how often it is right, measured on the explicit administrative chains the documents contain
 * (`findAdministrativeChains` gives a gold code for each chain's last unit).
 *
 * Two tests per chain:
 * - `written`: the document as written; is the chain's last unit resolved to the gold code, and is
 *   any other place of the same name resolved to another code (a conflict)?
 * - `stripped`: the document rewritten with the prefix of every chain ending in that unit removed
 *   (江苏省苏州市吴江区 → 吴江区; every other character kept), so the resolver must rely on the rest
 *   of the document; annotated again.
 * Outcomes: `correct`, `wrong` (a code other than the gold), `unresolved` (a place without a code)
 * and `missing` (no place covers the unit: the entity step did not keep it as a LOC).
 * Precision = correct / (correct + wrong); coverage = (correct + wrong) / all.
 */
import type { Document } from '../document/types.js';
import { findAdministrativeChains, stripChainPrefixes, type AdministrativeChain } from './place-chains.js';
import type { PlaceLexicon } from './place-lexicon.js';

/** A document to measure on. */
export interface ResolutionDocument {
  /** Where it comes from (corpus id, paragraph id). */
  readonly id: string;
  /** Its text. */
  readonly text: string;
}

/** What the measurement reads from an annotation. */
export type ResolutionAnnotate = (text: string) => Pick<Document, 'entities' | 'places'>;

/** The two tests. */
export type ResolutionTest = 'written' | 'stripped';

/** The outcome of one case. */
export type ResolutionOutcome = 'correct' | 'wrong' | 'unresolved' | 'missing';

/** One chain occurrence under one test. */
export interface ResolutionCase {
  /** The document's id. */
  readonly doc: string;
  /** The test. */
  readonly test: ResolutionTest;
  /** The chain as written (江苏省苏州市吴江区). */
  readonly chain: string;
  /** Its last unit (吴江区). */
  readonly name: string;
  /** Gold code. */
  readonly gold: string;
  /** Level of the unit (county, town, village …). */
  readonly level: string;
  /** The unit's name alone denotes more than one registry unit. */
  readonly ambiguous: boolean;
  /** The outcome. */
  readonly outcome: ResolutionOutcome;
  /** The code given, when one was. */
  readonly code?: string;
  /** For `missing`: the label of the entity covering or overlapping the unit (ORG: part of an organization name), or `none`. */
  readonly covering?: string;
  /** Other places of the same name resolved to another code (test `written`). */
  readonly conflicts?: readonly string[];
  /** A few characters around the unit in the text annotated (for reading the errors). */
  readonly context: string;
}

/** Counts of one group of cases. */
export interface ResolutionScore {
  readonly cases: number;
  readonly correct: number;
  readonly wrong: number;
  readonly unresolved: number;
  readonly missing: number;
  /** Of the missing: the unit is inside or overlaps an organization name (湖北省武汉市民政局), where places only inform the region. */
  readonly missingInOrg: number;
  /** Cases with another same-name place resolved elsewhere. */
  readonly conflicts: number;
  /** correct / (correct + wrong); NaN when nothing was answered. */
  readonly precision: number;
  /** (correct + wrong) / cases. */
  readonly coverage: number;
}

/** The measurement. */
export interface ResolutionEvaluation {
  /** Documents read. */
  readonly documents: number;
  /** Documents with at least one chain. */
  readonly documentsWithChains: number;
  /** Every case. */
  readonly cases: readonly ResolutionCase[];
}

/** Sums a group of cases. */
export function scoreResolutionCases(cases: readonly ResolutionCase[]): ResolutionScore {
  const n = (o: ResolutionOutcome): number => cases.filter((c) => c.outcome === o).length;
  const correct = n('correct');
  const wrong = n('wrong');
  const answered = correct + wrong;
  return {
    cases: cases.length, correct, wrong, unresolved: n('unresolved'), missing: n('missing'),
    missingInOrg: cases.filter((c) => c.outcome === 'missing' && c.covering === 'ORG').length,
    conflicts: cases.filter((c) => (c.conflicts?.length ?? 0) > 0).length,
    precision: answered === 0 ? Number.NaN : correct / answered,
    coverage: cases.length === 0 ? Number.NaN : answered / cases.length,
  };
}

/** The place the annotation gives for the unit at [start, end) named `name`, if any. */
export function placeAt(doc: Pick<Document, 'entities' | 'places'>, start: number, end: number, name: string): Document['places'][number] | undefined {
  const covering = doc.entities.filter((e) => e.label === 'LOC' && e.start <= start && e.end >= end);
  for (const e of covering) {
    const places = doc.places.filter((p) => p.mentions.includes(e.id));
    // A composite entity gives one place per part; a whole-chain entity one place named by the chain.
    const exact = places.find((p) => p.name === name);
    if (exact) return exact;
    if (e.end === end) {
      const ending = places.find((p) => p.name.endsWith(name));
      if (ending) return ending;
    }
  }
  return undefined;
}

function outcomeOf(
  doc: Pick<Document, 'entities' | 'places'>, start: number, end: number, place: Document['places'][number] | undefined, gold: string,
): { outcome: ResolutionOutcome; code?: string; covering?: string } {
  if (!place) {
    const e = doc.entities.find((x) => x.start <= start && x.end >= end) ?? doc.entities.find((x) => x.start < end && x.end > start);
    return { outcome: 'missing', covering: e ? e.label : 'none' };
  }
  if (place.code === undefined) return { outcome: 'unresolved' };
  return { outcome: place.code === gold ? 'correct' : 'wrong', code: place.code };
}

function around(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 12), start)}[${text.slice(start, end)}]${text.slice(end, end + 12)}`.replace(/\s+/g, ' ');
}

/** Scores one document: both tests for every chain it contains. */
export function evaluateDocumentResolution(doc: ResolutionDocument, annotate: ResolutionAnnotate, lexicon: PlaceLexicon): ResolutionCase[] {
  const chains = findAdministrativeChains(doc.text, lexicon);
  if (chains.length === 0) return [];
  const out: ResolutionCase[] = [];
  const base = (c: AdministrativeChain) => {
    const last = c.units[c.units.length - 1]!;
    return { doc: doc.id, chain: doc.text.slice(c.start, c.end), name: last.name, gold: c.code, level: c.level, ambiguous: c.ambiguous };
  };
  // (a) As written.
  const written = annotate(doc.text);
  for (const c of chains) {
    const last = c.units[c.units.length - 1]!;
    const place = placeAt(written, last.start, last.end, last.name);
    const conflicts = written.places.filter((p) => p !== place && p.name === last.name && p.code !== undefined && p.code !== c.code).map((p) => p.code as string);
    out.push({ ...base(c), test: 'written', ...outcomeOf(written, last.start, last.end, place, c.code), ...(conflicts.length > 0 ? { conflicts } : {}), context: around(doc.text, last.start, last.end) });
  }
  // (b) Prefix removed, once per gold code: every chain ending in that unit loses its prefix.
  const golds = [...new Set(chains.map((c) => c.code))];
  for (const gold of golds) {
    const mine = chains.filter((c) => c.code === gold);
    const stripped = stripChainPrefixes(doc.text, mine);
    const annotated = annotate(stripped.text);
    mine.forEach((c, k) => {
      const last = c.units[c.units.length - 1]!;
      const start = stripped.starts[k]!;
      const end = start + last.name.length;
      const place = placeAt(annotated, start, end, last.name);
      out.push({ ...base(c), test: 'stripped', ...outcomeOf(annotated, start, end, place, c.code), context: around(stripped.text, start, end) });
    });
  }
  return out;
}

/** Scores every document; `progress` is called after each. */
export function evaluateResolution(
  docs: Iterable<ResolutionDocument>, annotate: ResolutionAnnotate, lexicon: PlaceLexicon, progress?: (done: number) => void,
): ResolutionEvaluation {
  const cases: ResolutionCase[] = [];
  let documents = 0;
  let withChains = 0;
  for (const doc of docs) {
    const found = evaluateDocumentResolution(doc, annotate, lexicon);
    documents++;
    if (found.length > 0) withChains++;
    cases.push(...found);
    progress?.(documents);
  }
  return { documents, documentsWithChains: withChains, cases };
}
