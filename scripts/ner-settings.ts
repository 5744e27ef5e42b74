/**
 * The shipped entity model's training settings (epochs, seed, hash bits, kept rows, per-format feature
 * copies), overridable by NER_BITS, NER_ROWS, NER_DOMAINS=0 and NER_DOMAIN_FORMATS. Shared by
 * `train-ner` (the shipped model) and `train-ner-fold` (held-out folds), so a fold trains what ships.
 */
import type { CorpusFormat } from '../src/entities/read-corpus.js';

/** Training passes of the shipped model (the scripts' default; dev F1 on the folds still rose at 8). */
export const SHIPPED_EPOCHS = 16;

/** Settings passed to `trainEntityModel` besides the data, output and epochs. */
export function shippedSettings(): { seed: number; bits: number; maxRows: number; domains: boolean; domainFormats: CorpusFormat[] } {
  return {
    seed: 1,
    bits: Number(process.env.NER_BITS ?? 21),
    maxRows: Number(process.env.NER_ROWS ?? 600000),
    domains: process.env.NER_DOMAINS !== '0',
    // People's Daily POS text gets its own feature copies (its nt / ns conventions differ from MSRA's).
    domainFormats: (process.env.NER_DOMAIN_FORMATS ?? 'pd').split(',') as CorpusFormat[],
  };
}
