/**
 * Train the shipped entity model (`models/ner/`) from `../shared/data/ner` with the project's own
 * dev splits: MSRA train.bio first 95% + People's Daily 199801 + CLUENER train first 90% for
 * training; MSRA last 5%, People's Daily example.test and CLUENER last 10% for development.
 * Run from the project root: `node dist/scripts/train-ner.js [epochs] [out]` (env NER_DOMAINS=0
 * turns the per-corpus feature copies off, NER_DOMAIN_FORMATS=pd,cluener picks the formats that
 * get copies (default pd), NER_BITS / NER_ROWS set hash bits and kept rows).
 * `node dist/scripts/train-ner.js rescore [dir]` re-scores a saved model on the dev splits.
 */
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { parseCorpusSpec, readCorpusSpec, type CorpusSpec } from '../src/entities/read-corpus.js';
import { prepareDevSet, rescoreModel, trainEntityModel } from '../src/entities/train-model.js';
import { writeModelCard } from '../src/entities/model-card.js';
import { SHIPPED_EPOCHS, shippedSettings } from './ner-settings.js';

const data = join(process.cwd(), '..', 'shared', 'data', 'ner');
const epochs = Number(process.argv[2] ?? SHIPPED_EPOCHS);
const out = process.argv[3] ?? join(process.cwd(), 'models', 'ner');
const spec = (s: string): CorpusSpec => parseCorpusSpec(s.replace('DATA', data));
const DEV = ['bio:DATA/msra/train.bio#95-100', 'bio:DATA/peoples-daily/example.test', 'cluener:DATA/cluener2020/train.json#90-100'];
const corpusLabel = (s: CorpusSpec): string => `${s.format}:${s.path.split(/[\\/]/).slice(-2).join('/')}${s.from === 0 && s.to === 100 ? '' : `#${s.from}-${s.to}`}`;
const t0 = Date.now();
if (process.argv[2] === 'rescore') {
  const dir = process.argv[3] ?? join(process.cwd(), 'models', 'ner');
  const jieba = Jieba.withDict(dict);
  const sets = DEV.map((d) => { const s = spec(d); return prepareDevSet(corpusLabel(s), s.format, readCorpusSpec(s).sentences, jieba); });
  const { manifest } = rescoreModel(dir, sets);
  writeModelCard(dir, manifest);
  console.error(`rescored ${dir}`);
  process.exit(0);
}
const result = trainEntityModel({
  corpora: [spec('bio:DATA/msra/train.bio#0-95'), spec('pd:DATA/peoples-daily-1998/199801.txt'), spec('cluener:DATA/cluener2020/train.json#0-90')],
  dev: DEV.map(spec),
  out,
  epochs,
  ...shippedSettings(),
  onProgress: (p) => {
    if (p.message) console.error(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${p.message}`);
    else if (p.phase === 'features' && p.done % 20000 === 0) console.error(`[${((Date.now() - t0) / 1000).toFixed(0)}s] features ${p.done}/${p.total}`);
  },
});
writeModelCard(out, result.manifest);
console.error(`done in ${((Date.now() - t0) / 1000).toFixed(0)}s; ${result.manifest.bytes} bytes`);
