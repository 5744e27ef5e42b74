import { describe, expect, it } from 'vitest';
import { scoreEntities } from '../../src/entities/evaluate.js';

describe('entities/scoreEntities', () => {
  it('scores exact span and label matches per label and micro', () => {
    const gold = [[{ start: 0, end: 2, label: 'PER' }, { start: 3, end: 5, label: 'LOC' }]];
    const pred = [[{ start: 0, end: 2, label: 'PER' }, { start: 3, end: 6, label: 'LOC' }]];
    const t = scoreEntities(gold, pred);
    expect(t.PER).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 100 });
    expect(t.LOC).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(t.micro).toMatchObject({ tp: 1, fp: 1, fn: 1, p: 50, r: 50, f1: 50 });
  });
  it('scores parts of composites when asked', () => {
    const gold = [[{ start: 0, end: 3, label: 'LOC' }, { start: 3, end: 6, label: 'LOC' }]];
    const pred = [[{ start: 0, end: 6, label: 'LOC', parts: [{ start: 0, end: 3, label: 'LOC' }, { start: 3, end: 6, label: 'LOC' }] }]];
    expect(scoreEntities(gold, pred, { useParts: true }).micro!.f1).toBe(100);
    expect(scoreEntities(gold, pred, { useParts: false }).micro!.f1).toBe(0);
  });
  it('ignores labels outside the scored set', () => {
    const t = scoreEntities([[]], [[{ start: 0, end: 2, label: 'TITLE' }]], { labels: ['PER'] });
    expect(t.micro).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });
});
