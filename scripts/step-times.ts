/**
 * Milliseconds per pipeline step on fixed text: the front page ×40 and eight government reports of
 * the 2000s (../shared/data/gov-reports), two passes after a warm-up. To compare two versions, run it
 * in both checkouts alternately (the machine's speed drifts, so alternate several times).
 * `node dist/scripts/step-times.js [path/to/dist/src/index.js]`
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadCreateAnnotator, reportFiles } from './report-corpus.js';

const createAnnotator = await loadCreateAnnotator(process.argv[2]);
const gov = reportFiles().filter((f) => /^20\d\d\.txt$/.test(basename(f))).slice(0, 8).map((f) => readFileSync(f, 'utf8'));
const page = readFileSync(join(process.cwd(), 'examples', 'articles', 'yongkang-daily-page1.txt'), 'utf8');
const annotator = createAnnotator();
annotator.annotate(gov[0]!);
for (let i = 0; i < 5; i++) annotator.annotate(page);
for (const [name, docs] of [['reports', gov], ['page×40', Array<string>(40).fill(page)]] as const) {
  const steps: Record<string, number> = {};
  const t0 = performance.now();
  for (let pass = 0; pass < 2; pass++) {
    for (const d of docs) for (const [k, v] of Object.entries(annotator.profile(d).timings)) steps[k] = (steps[k] ?? 0) + v;
  }
  const mb = (2 * docs.reduce((s, d) => s + Buffer.byteLength(d), 0)) / 1e6;
  const shown = Object.entries(steps).filter(([, v]) => v >= 20).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
  console.log(`${name}: ${(mb / ((performance.now() - t0) / 1000)).toFixed(3)} MB/s; ms per step (≥ 20): ${shown}`);
}
