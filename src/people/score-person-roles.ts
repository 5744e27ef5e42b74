/**
 * scorePersonRoles: gold person–role pairs + a predicted document → true/false positives, precision,
 * recall, F1. A gold pair is a title span directly followed by a name span (CLUENER `position` then
 * `name`). A predicted pair is a person's `Role` whose `end` equals the `start` of one of that person's
 * mention entities. Pairs match when the name spans are equal and the title ends at the same place
 * (the title's start may differ: a role may include an organization prefix the gold title lacks).
 */
import type { Document } from '../document/types.js';

/** A title–name pair, by offsets. */
export interface PersonRolePair {
  /** The title span. */
  readonly title: { readonly start: number; readonly end: number };
  /** The name span right after it. */
  readonly name: { readonly start: number; readonly end: number };
}

/** Counts and rates of a pair evaluation; 0/0 rates are 1 (nothing to get wrong). */
export interface PairScore {
  /** Predicted pairs that match a gold pair. */
  readonly tp: number;
  /** Predicted pairs with no gold pair. */
  readonly fp: number;
  /** Gold pairs not predicted. */
  readonly fn: number;
  /** tp / (tp + fp). */
  readonly precision: number;
  /** tp / (tp + fn). */
  readonly recall: number;
  /** Harmonic mean of precision and recall. */
  readonly f1: number;
}

/** The document fields the scorer reads. */
export type PeopleView = Pick<Document, 'entities' | 'people'>;

/** The title–name pairs a document predicts (see the file comment). */
export function predictedPersonRoles(doc: PeopleView): PersonRolePair[] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const out: PersonRolePair[] = [];
  const seen = new Set<string>();
  for (const person of doc.people) {
    for (const id of person.mentions) {
      const m = byId.get(id);
      if (!m) continue;
      for (const r of person.roles) {
        if (r.end !== m.start) continue;
        const key = `${r.start}:${r.end}:${m.start}:${m.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ title: { start: r.start, end: r.end }, name: { start: m.start, end: m.end } });
      }
    }
  }
  return out;
}

/** Scores a document's person–role pairs against gold pairs. */
export function scorePersonRoles(gold: readonly PersonRolePair[], predicted: PeopleView): PairScore {
  return scorePairs(gold, predictedPersonRoles(predicted));
}

/** Scores predicted pairs against gold pairs (each gold pair matches at most once). */
export function scorePairs(gold: readonly PersonRolePair[], predicted: readonly PersonRolePair[]): PairScore {
  const open = new Map<string, number>();
  const key = (p: PersonRolePair): string => `${p.title.end}:${p.name.start}:${p.name.end}`;
  for (const g of gold) open.set(key(g), (open.get(key(g)) ?? 0) + 1);
  let tp = 0;
  for (const p of predicted) {
    const n = open.get(key(p)) ?? 0;
    if (n > 0) { tp++; open.set(key(p), n - 1); }
  }
  return rates(tp, predicted.length - tp, gold.length - tp);
}

/** Sums several scores (micro average). */
export function sumPairScores(scores: readonly PairScore[]): PairScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scores) { tp += s.tp; fp += s.fp; fn += s.fn; }
  return rates(tp, fp, fn);
}

function rates(tp: number, fp: number, fn: number): PairScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
