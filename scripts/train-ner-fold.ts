/**
 * Held-out fold experiment for the entity model (never touches the dev slices): trains on
 * MSRA train.bio#0-85 + People's Daily 199801 + CLUENER train.json#0-80 with the shipped
 * settings, and scores MSRA train.bio#85-95 and CLUENER train.json#80-90 (both inside the shipped
 * model's training data, outside its dev slices). Used to choose feature / schedule changes.
 * Run from the project root: `node dist/scripts/train-ner-fold.js [epochs (SHIPPED_EPOCHS, 16)] [out]` (same NER_* env as
 * train-ner).
 */
import { join } from 'node:path';
import { parseCorpusSpec, type CorpusSpec } from '../src/entities/read-corpus.js';
import { SHIPPED_EPOCHS, shippedSettings } from './ner-settings.js';
import { trainEntityModel } from '../src/entities/train-model.js';

const data = join(process.cwd(), '..', 'shared', 'data', 'ner');
const epochs = Number(process.argv[2] ?? SHIPPED_EPOCHS);
const out = process.argv[3] ?? '/tmp/ner-fold';
const spec = (s: string): CorpusSpec => parseCorpusSpec(s.replace('DATA', data));
const t0 = Date.now();
const result = trainEntityModel({
  corpora: [spec('bio:DATA/msra/train.bio#0-85'), spec('pd:DATA/peoples-daily-1998/199801.txt'), spec('cluener:DATA/cluener2020/train.json#0-80')],
  dev: [spec('bio:DATA/msra/train.bio#85-95'), spec('cluener:DATA/cluener2020/train.json#80-90')],
  out,
  epochs,
  ...shippedSettings(),
  onProgress: (p) => {
    if (p.message) console.error(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${p.message}`);
  },
});
for (const [set, table] of Object.entries(result.manifest.scores)) {
  console.error(`FOLD ${set} ${Object.entries(table).map(([l, s]) => `${l} ${s.p}/${s.r}/${s.f1}`).join('  ')}`);
}
console.error(`done in ${((Date.now() - t0) / 1000).toFixed(0)}s; ${result.manifest.bytes} bytes`);
