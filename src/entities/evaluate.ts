/**
 * Entity scoring: exact span + label match, P/R/F1 per label and micro over all.
 * With `useParts`, an entity with `parts` is scored as its parts (People's Daily / MSRA style,
 * where composite places are split); otherwise as its whole span (CLUENER style).
 */

/** A span to score. */
export interface ScoredSpan {
  /** Start. */
  readonly start: number;
  /** End. */
  readonly end: number;
  /** Label. */
  readonly label: string;
  /** Parts, if composite. */
  readonly parts?: readonly { readonly start: number; readonly end: number; readonly label: string }[];
}

/** Counts and figures for one label (P/R/F1 in percent). */
export interface LabelScore {
  /** True positives. */
  tp: number;
  /** False positives. */
  fp: number;
  /** False negatives. */
  fn: number;
  /** Precision, percent. */
  p: number;
  /** Recall, percent. */
  r: number;
  /** F1, percent. */
  f1: number;
}

/** Scores per label plus `micro`. */
export type ScoreTable = Record<string, LabelScore>;

/** Scoring options. */
export interface ScoreOptions {
  /** Score parts instead of composites. */
  readonly useParts?: boolean;
  /** Only these labels (others in gold or predicted are ignored). */
  readonly labels?: readonly string[];
}

function expand(spans: readonly ScoredSpan[], useParts: boolean, labels: ReadonlySet<string> | null): string[] {
  const keys: string[] = [];
  for (const s of spans) {
    const list = useParts && s.parts && s.parts.length > 0 ? s.parts : [s];
    for (const p of list) if (!labels || labels.has(p.label)) keys.push(`${p.start}:${p.end}:${p.label}`);
  }
  return keys;
}

/** Score predicted against gold, sentence by sentence (the two arrays are parallel). */
export function scoreEntities(
  gold: readonly (readonly ScoredSpan[])[], predicted: readonly (readonly ScoredSpan[])[], options: ScoreOptions = {},
): ScoreTable {
  const labels = options.labels ? new Set(options.labels) : null;
  const table: ScoreTable = {};
  const get = (label: string): LabelScore => (table[label] ??= { tp: 0, fp: 0, fn: 0, p: 0, r: 0, f1: 0 });
  for (const l of options.labels ?? []) get(l);
  for (let i = 0; i < gold.length; i++) {
    const g = expand(gold[i]!, options.useParts ?? false, labels);
    const p = expand(predicted[i] ?? [], options.useParts ?? false, labels);
    const gs = new Map<string, number>();
    for (const k of g) gs.set(k, (gs.get(k) ?? 0) + 1);
    for (const k of p) {
      const label = k.slice(k.lastIndexOf(':') + 1);
      const left = gs.get(k) ?? 0;
      if (left > 0) { get(label).tp++; gs.set(k, left - 1); } else get(label).fp++;
    }
    for (const [k, left] of gs) if (left > 0) get(k.slice(k.lastIndexOf(':') + 1)).fn += left;
  }
  const micro: LabelScore = { tp: 0, fp: 0, fn: 0, p: 0, r: 0, f1: 0 };
  for (const s of Object.values(table)) { micro.tp += s.tp; micro.fp += s.fp; micro.fn += s.fn; }
  table.micro = micro;
  for (const s of Object.values(table)) {
    s.p = s.tp + s.fp === 0 ? 0 : (100 * s.tp) / (s.tp + s.fp);
    s.r = s.tp + s.fn === 0 ? 0 : (100 * s.tp) / (s.tp + s.fn);
    s.f1 = s.p + s.r === 0 ? 0 : (2 * s.p * s.r) / (s.p + s.r);
  }
  return table;
}

/** A fixed-width text table of scores. */
export function formatScoreTable(title: string, table: ScoreTable): string {
  const lines = [title, 'label      P      R      F1    gold  pred'];
  for (const [label, s] of Object.entries(table)) {
    lines.push(`${label.padEnd(7)} ${s.p.toFixed(2).padStart(6)} ${s.r.toFixed(2).padStart(6)} ${s.f1.toFixed(2).padStart(6)} ${String(s.tp + s.fn).padStart(6)} ${String(s.tp + s.fp).padStart(5)}`);
  }
  return lines.join('\n');
}
