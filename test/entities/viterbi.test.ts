import { describe, expect, it } from 'vitest';
import { allowedTransition, createTagSet, spansOfPath, tagOf, viterbi } from '../../src/entities/viterbi.js';

const tagSet = createTagSet(['PER', 'LOC']);
const T = tagSet.size;
const zero = { trans: new Float32Array(T * T), start: new Float32Array(T), end: new Float32Array(T) };

describe('entities/viterbi', () => {
  it.each([
    [0, tagOf(0, 1), false], // O → I-PER
    [tagOf(0, 0), tagOf(1, 1), false], // B-PER → I-LOC
    [tagOf(0, 0), tagOf(0, 2), true], // B-PER → E-PER
    [tagOf(0, 2), tagOf(1, 3), true], // E-PER → S-LOC
    [tagOf(0, 1), 0, false], // I-PER → O
  ])('transition %i → %i allowed: %s', (a, b, ok) => {
    expect(allowedTransition(a, b)).toBe(ok);
  });

  it('never outputs an I tag without its B, even when emissions want it', () => {
    const n = 3;
    const emit = new Float64Array(n * T);
    emit[0 * T + 0] = 1; // O
    emit[1 * T + tagOf(0, 1)] = 5; // I-PER strongly
    emit[2 * T + 0] = 1;
    const path = new Uint8Array(n);
    expect(viterbi(tagSet, emit, n, zero, path)).toBe(true);
    for (let i = 1; i < n; i++) expect(allowedTransition(path[i - 1]!, path[i]!)).toBe(true);
    expect(tagSet.startOk[path[0]!]).toBe(1);
    expect(tagSet.endOk[path[n - 1]!]).toBe(1);
  });

  it('respects a mask of allowed tags', () => {
    const n = 2;
    const emit = new Float64Array(n * T);
    const mask = Uint32Array.from([1 << tagOf(1, 0), 1 << tagOf(1, 2)]);
    const path = new Uint8Array(n);
    expect(viterbi(tagSet, emit, n, zero, path, mask)).toBe(true);
    expect(spansOfPath(path, n)).toEqual([[0, 2, 1]]);
  });

  it('reports an impossible mask', () => {
    const mask = Uint32Array.from([1 << tagOf(0, 0), 1 << 0]);
    expect(viterbi(tagSet, new Float64Array(2 * T), 2, zero, new Uint8Array(2), mask)).toBe(false);
  });
});
