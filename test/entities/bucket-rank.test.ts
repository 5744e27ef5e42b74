import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketRank, scoreEmissions, type EntityModel } from '../../src/entities/entity-model.js';
import { createTagSet } from '../../src/entities/viterbi.js';
import { decodeModel, defaultEntityModelDir, encodeModel, loadEntityModel } from '../../src/entities/model-file.js';
import { PREFIX_BITS } from '../../src/entities/lexicon-features.js';

/** The row of bucket b read through the rank (what scoring does), or -1. */
function rowOf(rank: NonNullable<ReturnType<typeof bucketRank>>, b: number): number {
  const w = rank.present[b >>> 5]!;
  if (((w >>> (b & 31)) & 1) === 0) return -1;
  let below = w & ~(-1 << (b & 31));
  let bits = 0;
  while (below !== 0) { below &= below - 1; bits++; }
  return rank.before[b >>> 5]! + bits;
}

describe('bucketRank', () => {
  it('gives every bucket the row the index gives it, for any set of buckets', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 4095 }), { minLength: 100, maxLength: 2000 }), (buckets) => {
      const index = new Int32Array(4096).fill(-1);
      [...buckets].sort((a, b) => a - b).forEach((b, r) => { index[b] = r; });
      const rank = bucketRank(index);
      expect(rank).toBeDefined();
      for (let b = 0; b < index.length; b++) expect(rowOf(rank!, b)).toBe(index[b]);
    }), { numRuns: 200 });
  });

  it('handles bucket 31 of a word (the sign bit) and full words', () => {
    const index = new Int32Array(96).fill(-1);
    let r = 0;
    for (const b of [0, 31, 32, ...Array.from({ length: 32 }, (_, i) => 64 + i)]) index[b] = r++;
    const rank = bucketRank(index)!;
    for (let b = 0; b < index.length; b++) expect(rowOf(rank, b)).toBe(index[b]);
  });

  it('is undefined when rows are not numbered in bucket order', () => {
    const index = new Int32Array(64).fill(-1);
    index[3] = 1;
    index[9] = 0;
    expect(bucketRank(index)).toBeUndefined();
  });
});

describe('scoring through the rank', () => {
  it('gives exactly the emissions of scoring through the index, and both the plain sums', () => {
    const tagSet = createTagSet(['PER', 'LOC', 'ORG', 'TITLE']);
    expect(tagSet.size).toBe(17);
    fc.assert(fc.property(
      // 256 buckets, dense enough that most words hold several rows and most ids hit one.
      fc.uniqueArray(fc.integer({ min: 0, max: 255 }), { minLength: 40, maxLength: 200 }),
      // Up to 150 ids a character.
      fc.array(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 5, maxLength: 150 }), { minLength: 1, maxLength: 20 }),
      fc.integer(),
      (buckets, chars, seed) => {
        const index = new Int32Array(256).fill(-1);
        [...buckets].sort((a, b) => a - b).forEach((b, r) => { index[b] = r; });
        let x = seed >>> 0;
        const next = (): number => { x = (Math.imul(x, 1664525) + 1013904223) >>> 0; return x; };
        const rows = Int8Array.from({ length: buckets.length * 17 }, () => (next() % 255) - 127);
        const rowScale = Float32Array.from({ length: buckets.length }, () => (next() % 1000) / 997);
        const base = { index, rows, rowScale, tagSet } as unknown as EntityModel;
        const offsets = new Int32Array(chars.length + 1);
        chars.forEach((ids, i) => { offsets[i + 1] = offsets[i]! + ids.length; });
        const features = { length: chars.length, offsets, ids: Uint32Array.from(chars.flat()) };
        const viaIndex = scoreEmissions(base, features);
        const viaRank = scoreEmissions({ ...base, rank: bucketRank(index) }, features);
        expect(Array.from(viaRank)).toEqual(Array.from(viaIndex));
        // The plain sum, feature by feature and tag by tag, in the same order.
        const plain = new Float64Array(chars.length * 17);
        chars.forEach((ids, i) => {
          for (const id of ids) {
            const r = index[id]!;
            if (r >= 0) for (let t = 0; t < 17; t++) plain[i * 17 + t]! += rows[r * 17 + t]! * rowScale[r]!;
          }
        });
        expect(Array.from(viaIndex)).toEqual(Array.from(plain));
      },
    ), { numRuns: 200 });
  });
});

describe('a loaded model', () => {
  it('reads the same row through its rank as through its (lazily built) index', () => {
    const model = loadEntityModel(defaultEntityModelDir());
    expect(model.rank).toBeDefined();
    const { index } = model;
    let rows = 0;
    for (let b = 0; b < index.length; b += 7) {
      expect(rowOf(model.rank!, b)).toBe(index[b]);
      if (index[b]! >= 0) rows++;
    }
    expect(rows).toBeGreaterThan(1000);
  });

  it('refuses a weights file whose buckets are out of order, naming the file', () => {
    const T = 17;
    const lexicon = { keys: new Uint32Array(1024), cats: new Uint16Array(1024), maxLength: 1, prefixes: new Uint32Array(1 << (PREFIX_BITS - 5)) };
    const index = new Int32Array(256).fill(-1);
    index[10] = 0;
    index[20] = 1;
    const model = loadEntityModel(defaultEntityModelDir());
    const tiny = { ...model, bits: 8, index, rank: undefined, rows: new Int8Array(2 * T).fill(1), rowScale: new Float32Array([1, 1]), lexicon };
    const bytes = encodeModel(tiny);
    const manifest = { ...model.manifest, featureBits: 8 };
    expect(() => decodeModel(bytes, manifest, 'tiny.bin')).not.toThrow();
    // Swap the two bucket ids (stored right after the header and the transition tables).
    const at = bytes.length - 4 - (((2 * T) + 3) & ~3) - 4 * (1 << (PREFIX_BITS - 5)) - 2 * 1024 - 4 * 1024 - 4 * 2 - 4 * 2;
    expect([bytes.readUInt32LE(at), bytes.readUInt32LE(at + 4)]).toEqual([10, 20]);
    bytes.writeUInt32LE(20, at);
    bytes.writeUInt32LE(10, at + 4);
    expect(() => decodeModel(bytes, manifest, 'tiny.bin')).toThrow(/tiny\.bin: expected feature buckets in increasing order/);
  });
});
