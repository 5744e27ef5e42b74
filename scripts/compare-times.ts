/**
 * The time expressions two checkouts find in the government work reports (../shared/data/gov-reports):
 * those only the other checkout finds (lost here) and those only this one finds (gained), each with
 * its context, for reading — there is no gold data for these texts.
 * `node dist/scripts/compare-times.js path/to/other/dist/src/index.js`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Annotator, AnnotatorOptions, Document } from '../src/index.js';

type Create = (o?: AnnotatorOptions) => Annotator;
const load = async (entry: string): Promise<Create> => ((await import(pathToFileURL(resolve(entry)).href)) as { createAnnotator: Create }).createAnnotator;
const other = process.argv[2];
if (!other) throw new Error('usage: node dist/scripts/compare-times.js path/to/other/dist/src/index.js');
const [before, after] = [(await load(other))(), (await load(join(process.cwd(), 'dist', 'src', 'index.js')))()];
const reports = join(process.cwd(), '..', 'shared', 'data', 'gov-reports');
const context = (d: Document, t: Document['times'][number]): string =>
  `${d.text.slice(Math.max(0, t.start - 4), t.start)}[${t.text}]${d.text.slice(t.end, t.end + 4)}`.replace(/\s+/g, '');
const lost: string[] = [];
const gained: string[] = [];
for (const f of readdirSync(reports).filter((x) => /^\d{4}\.txt$/.test(x)).sort()) {
  const text = readFileSync(join(reports, f), 'utf8');
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
