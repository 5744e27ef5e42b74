/**
 * Error analysis of an entity model on a corpus slice (a training fold, never a dev slice):
 * counts false positives / negatives per label by kind — boundary (overlaps a gold span of the same
 * label), label (same span, other label), overlap-other (overlaps a span of another label),
 * spurious (no overlap) / missed — and prints the most frequent surfaces of each kind to stdout.
 * `node dist/scripts/ner-errors.js MODEL_DIR FORMAT:PATH#FROM-TO [top]`
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { loadEntityModel } from '../src/entities/model-file.js';
import { parseCorpusSpec, readCorpusSpec } from '../src/entities/read-corpus.js';
import { recognizeEntities } from '../src/entities/recognize-entities.js';
import { segmentWords } from '../src/entities/train-model.js';

const [dir, specText, topText] = process.argv.slice(2);
const spec = parseCorpusSpec(specText!);
const top = Number(topText ?? 15);
const model = loadEntityModel(dir!);
const jieba = Jieba.withDict(dict);
const useParts = spec.format !== 'cluener';
const counts = new Map<string, number>();
const surfaces = new Map<string, Map<string, number>>();
const bump = (kind: string, surface: string): void => {
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const m = surfaces.get(kind) ?? new Map<string, number>();
  m.set(surface, (m.get(surface) ?? 0) + 1);
  surfaces.set(kind, m);
};
interface S { start: number; end: number; label: string }
for (const s of readCorpusSpec(spec).sentences) {
  const labels = new Set<string>(s.annotated);
  const gold: S[] = s.spans.filter((g) => labels.has(g.label));
  const pred: S[] = [];
  for (const e of recognizeEntities(model, s.text, segmentWords(jieba, s.text))) {
    if (!labels.has(e.label)) continue;
    for (const p of useParts && e.parts ? e.parts : [e]) pred.push({ start: p.start, end: p.end, label: p.label });
  }
  const key = (x: S): string => `${x.start}:${x.end}:${x.label}`;
  const gk = new Set(gold.map(key));
  const pk = new Set(pred.map(key));
  const show = (x: S): string => s.text.slice(x.start, x.end);
  for (const p of pred) {
    if (gk.has(key(p))) continue;
    const over = gold.filter((g) => g.start < p.end && p.start < g.end);
    const same = over.find((g) => g.start === p.start && g.end === p.end);
    const kind = same ? `FP-label ${p.label}<-${same.label}` : over.some((g) => g.label === p.label) ? `FP-boundary ${p.label}` : over.length > 0 ? `FP-overlap ${p.label}` : `FP-spurious ${p.label}`;
    const ctx = over.length > 0 ? `${show(p)} | gold ${over.map(show).join('+')}` : show(p);
    bump(kind, ctx);
  }
  for (const g of gold) {
    if (pk.has(key(g))) continue;
    const over = pred.filter((p) => g.start < p.end && p.start < g.end);
    const kind = over.length === 0 ? `FN-missed ${g.label}` : over.some((p) => p.label === g.label) ? `FN-boundary ${g.label}` : `FN-otherlabel ${g.label}`;
    bump(kind, show(g));
  }
}
for (const [kind, n] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
  const list = [...surfaces.get(kind)!].sort((a, b) => b[1] - a[1]).slice(0, top).map(([t, c]) => `${t}×${c}`).join('  ');
  console.log(`${kind}: ${n}\n   ${list}`);
}
