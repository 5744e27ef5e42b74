/**
 * Train the shipped entity model (`models/ner/`) from `../shared/data/ner` with the project's own
 * dev splits: MSRA train.bio first 95% + People's Daily 199801 + CLUENER train first 90% for
 * training; MSRA last 5%, People's Daily example.test and CLUENER last 10% for development.
 * Run from the project root: `node dist/scripts/train-ner.js [epochs] [out]`.
 */
import { join } from 'node:path';
import { parseCorpusSpec } from '../src/entities/read-corpus.js';
import { trainEntityModel } from '../src/entities/train-model.js';
import { writeModelCard } from '../src/entities/model-card.js';

const data = join(process.cwd(), '..', 'shared', 'data', 'ner');
const epochs = Number(process.argv[2] ?? 8);
const out = process.argv[3] ?? join(process.cwd(), 'models', 'ner');
const spec = (s: string) => parseCorpusSpec(s.replace('DATA', data));
const t0 = Date.now();
const result = trainEntityModel({
  corpora: [spec('bio:DATA/msra/train.bio#0-95'), spec('pd:DATA/peoples-daily-1998/199801.txt'), spec('cluener:DATA/cluener2020/train.json#0-90')],
  dev: [spec('bio:DATA/msra/train.bio#95-100'), spec('bio:DATA/peoples-daily/example.test'), spec('cluener:DATA/cluener2020/train.json#90-100')],
  out,
  epochs,
  seed: 1,
  bits: Number(process.env.NER_BITS ?? 21),
  maxRows: Number(process.env.NER_ROWS ?? 600000),
  onProgress: (p) => {
    if (p.message) console.error(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${p.message}`);
    else if (p.phase === 'features' && p.done % 20000 === 0) console.error(`[${((Date.now() - t0) / 1000).toFixed(0)}s] features ${p.done}/${p.total}`);
  },
});
writeModelCard(out, result.manifest);
console.error(`done in ${((Date.now() - t0) / 1000).toFixed(0)}s; ${result.manifest.bytes} bytes`);
