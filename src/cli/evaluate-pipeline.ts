/**
 * Scores the full pipeline (`createAnnotator().annotate`, exactly what users and the held-out
 * evaluation get: model, gazetteer fusion, people rules, English runs) on annotated corpora:
 * entity P/R/F1 per label and micro (MSRA / People's Daily style score `parts`; CLUENER whole spans,
 * with TITLE), and on CLUENER-style data the person–role pairs (a TITLE span directly followed by a
 * PER span is a gold pair; a predicted pair is a role ending where one of its person's mentions starts).
 */
import type { Annotator, Document } from '../index.js';
import { predictedPersonRoles, scoreEntities, scorePairs, sumPairScores, type AnnotatedSentence, type CorpusFormat, type PairScore, type PersonRolePair, type ScoreTable } from '../tools.js';

/** Result of scoring one corpus. */
export interface PipelineScores {
  /** Entity scores. */
  readonly entities: ScoreTable;
  /** Person–role pair scores (CLUENER-style corpora only). */
  readonly pairs?: PairScore;
  /** Sentences scored. */
  readonly sentences: number;
  /** Characters per second of `annotate` over the corpus. */
  readonly charsPerSecond: number;
}

/** Gold pairs of a sentence: a TITLE span directly followed by a PER span. */
export function goldPairs(sentence: AnnotatedSentence): PersonRolePair[] {
  const names = new Map(sentence.spans.filter((s) => s.label === 'PER').map((s) => [s.start, s]));
  return sentence.spans.filter((s) => s.label === 'TITLE' && names.has(s.end))
    .map((t) => ({ title: { start: t.start, end: t.end }, name: { start: names.get(t.end)!.start, end: names.get(t.end)!.end } }));
}

/** Annotates every sentence and scores the documents against the gold spans. */
export function evaluatePipeline(annotator: Annotator, format: CorpusFormat, sentences: readonly AnnotatedSentence[]): PipelineScores {
  const cluener = format === 'cluener';
  const labels = cluener ? ['PER', 'LOC', 'ORG', 'TITLE'] : ['PER', 'LOC', 'ORG'];
  const gold = sentences.map((s) => s.spans);
  const predicted: Document['entities'][] = [];
  const pairs: PairScore[] = [];
  let chars = 0;
  const t0 = performance.now();
  for (const s of sentences) {
    const doc = annotator.annotate(s.text);
    chars += s.text.length;
    predicted.push(doc.entities);
    if (cluener) pairs.push(scorePairs(goldPairs(s), predictedPersonRoles(doc)));
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    entities: scoreEntities(gold, predicted, { useParts: !cluener, labels }),
    ...(cluener ? { pairs: sumPairScores(pairs) } : {}),
    sentences: sentences.length,
    charsPerSecond: chars / Math.max(seconds, 1e-9),
  };
}
