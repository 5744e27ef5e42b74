/**
 * Decoding speed of an entity model on fixed text (gov-reports 2015–2019 from ../shared/data, cut
 * into paragraphs, segmented once): chars per second of `recognizeEntities` alone, best CPU time of PASSES (default 5) passes.
 * `node dist/scripts/ner-speed.js [MODEL_DIR]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { loadEntityModel } from '../src/entities/model-file.js';
import { recognizeEntities } from '../src/entities/recognize-entities.js';
import { segmentWords } from '../src/entities/train-model.js';

const dir = process.argv[2] ?? join(process.cwd(), 'models', 'ner');
const model = loadEntityModel(dir);
const jieba = Jieba.withDict(dict);
const paragraphs: string[] = [];
for (const year of [2015, 2016, 2017, 2018, 2019]) {
  const text = readFileSync(join(process.cwd(), '..', 'shared', 'data', 'gov-reports', `${year}.txt`), 'utf8');
  for (const p of text.split('\n')) if (p.trim()) paragraphs.push(p.trim());
}
const words = paragraphs.map((p) => segmentWords(jieba, p));
const chars = paragraphs.reduce((s, p) => s + p.length, 0);
let best = Number.POSITIVE_INFINITY;
let count = 0;
const passes = Number(process.env.PASSES ?? 6);
for (let pass = 0; pass < passes; pass++) {
  const c0 = process.cpuUsage();
  for (let i = 0; i < paragraphs.length; i++) count += recognizeEntities(model, paragraphs[i]!, words[i]!).length;
  const cu = process.cpuUsage(c0);
  const t = (cu.user + cu.system) / 1000;
  if (pass > 0) best = Math.min(best, t);
}
console.log(`${chars} chars, best ${best.toFixed(0)} ms, ${Math.round(chars / (best / 1000))} chars/s`);
