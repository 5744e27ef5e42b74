/**
 * Concurrency: one annotator shared by many async callers, and annotators in worker threads,
 * give identical Documents (annotate keeps no state between calls).
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, PAGE } from '../helpers/data.js';
import { sharedAnnotator } from '../helpers/shared-annotator.js';

const TEXTS = [PAGE, readFileSync(join(ROOT, 'examples/articles/county-news.txt'), 'utf8'), '市委书记章旭升赴城西新区调研。', '', '😀\ud800'];

describe('concurrency', () => {
  it('many async callers of one annotator get the same documents as one caller', async () => {
    const annotator = sharedAnnotator();
    const expected = TEXTS.map((t) => JSON.stringify(annotator.annotate(t, { date: '2023-03-25' })));
    const results = await Promise.all(Array.from({ length: 40 }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i % 5));
      const k = i % TEXTS.length;
      return [k, JSON.stringify(annotator.annotate(TEXTS[k]!, { date: '2023-03-25' }))] as const;
    }));
    for (const [k, json] of results) expect(json).toBe(expected[k]);
  });

  it('annotators in worker threads give the same documents as the main thread', async () => {
    const expected = TEXTS.map((t) => JSON.stringify(sharedAnnotator().annotate(t, { date: '2023-03-25' })));
    // Workers load the built library (npm test builds first).
    const code = `
      const { parentPort, workerData } = require('node:worker_threads');
      import(workerData.entry).then(({ createAnnotator }) => {
        const a = createAnnotator();
        parentPort.postMessage(workerData.texts.map((t) => JSON.stringify(a.annotate(t, { date: '2023-03-25' }))));
      });`;
    const run = () => new Promise<string[]>((resolve, reject) => {
      const w = new Worker(code, { eval: true, workerData: { entry: join(ROOT, 'dist/src/index.js'), texts: TEXTS } });
      w.once('message', (m: string[]) => { resolve(m); void w.terminate(); });
      w.once('error', reject);
    });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a).toEqual(expected);
    expect(b).toEqual(expected);
  }, 120_000);
});
