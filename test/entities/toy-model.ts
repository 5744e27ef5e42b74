/** A tiny entity model trained in memory on synthetic sentences (for unit tests). */
import type { EntityModel } from '../../src/entities/entity-model.js';
import { extractFeatures } from '../../src/entities/features.js';
import { buildLexiconTable, categoryBit } from '../../src/entities/lexicon-features.js';
import { PerceptronTrainer } from '../../src/entities/perceptron.js';
import { MODEL_LABELS, type AnnotatedSentence } from '../../src/entities/read-corpus.js';
import { buildMask } from '../../src/entities/train-model.js';

/** Words = one per character (enough for the toy). */
export function charWords(text: string): { start: number; end: number; pos: string }[] {
  return [...text].map((_, i) => ({ start: i, end: i + 1, pos: 'x' }));
}

const NAMES = ['张三丰', '李四', '王五', '赵六一'];
const PLACES = ['永康市', '杭州市', '金华市'];

/** Synthetic sentences: "<name>在<place>工作。" with PER and LOC spans. */
export function toySentences(): AnnotatedSentence[] {
  const out: AnnotatedSentence[] = [];
  for (const name of NAMES) {
    for (const place of PLACES) {
      const text = `${name}在${place}工作。`;
      out.push({
        text,
        spans: [
          { start: 0, end: name.length, label: 'PER' },
          { start: name.length + 1, end: name.length + 1 + place.length, label: 'LOC' },
        ],
        annotated: MODEL_LABELS,
        origin: 'toy',
      });
    }
  }
  return out;
}

/** Train the toy model (deterministic). */
export function trainToyModel(epochs = 5): EntityModel {
  const bits = 14;
  const lexicon = buildLexiconTable(PLACES.map((p) => [p, categoryBit('place')] as const));
  const trainer = new PerceptronTrainer(MODEL_LABELS, bits);
  const sentences = toySentences();
  const instances = sentences.map((s) => ({
    features: extractFeatures(s.text, charWords(s.text), lexicon, bits),
    mask: buildMask(trainer.tagSet, s),
  }));
  for (let e = 0; e < epochs; e++) for (const inst of instances) trainer.learn(inst);
  return trainer.averaged({
    name: 'toy', version: '0.0', formatVersion: 0, featureVersion: 0, labels: MODEL_LABELS, tagScheme: 'BIOES', featureBits: bits,
    temperature: 1, weights: 'weights.bin', sha256: '', bytes: 0, data: [], scores: {}, training: {}, created: '2026-01-01T00:00:00Z',
  }, lexicon);
}
