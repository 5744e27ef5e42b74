/**
 * The time expressions two checkouts find in the government work reports (../shared/data/gov-reports):
 * those only the other checkout finds (lost here) and those only this one finds (gained), each with
 * its context, for reading — there is no gold data for these texts.
 * `node dist/scripts/compare-times.js path/to/other/dist/src/index.js`
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Document } from '../src/index.js';
import { loadCreateAnnotator, reportFiles } from './report-corpus.js';

const other = process.argv[2];
if (!other) throw new Error('usage: node dist/scripts/compare-times.js path/to/other/dist/src/index.js');
const [before, after] = [(await loadCreateAnnotator(other))(), (await loadCreateAnnotator())()];
const context = (d: Document, t: Document['times'][number]): string =>
  `${d.text.slice(Math.max(0, t.start - 4), t.start)}[${t.text}]${d.text.slice(t.end, t.end + 4)}`.replace(/\s+/g, '');
const lost: string[] = [];
const gained: string[] = [];
for (const path of reportFiles()) {
  const f = basename(path);
  const text = readFileSync(path, 'utf8');
  const meta = { date: `${f.slice(0, 4)}-03-05` };
  const a = before.annotate(text, meta);
  const b = after.annotate(text, meta);
  const key = (t: Document['times'][number]): string => `${t.start}:${t.end}`;
  const ka = new Set(a.times.map(key));
  const kb = new Set(b.times.map(key));
  for (const t of a.times) if (!kb.has(key(t))) lost.push(`${f.slice(0, 4)}  ${context(a, t)}`);
  for (const t of b.times) if (!ka.has(key(t))) gained.push(`${f.slice(0, 4)}  ${context(b, t)}`);
}
console.log(`only the other checkout (${lost.length}):\n${lost.join('\n')}\nonly this checkout (${gained.length}):\n${gained.join('\n')}`);
