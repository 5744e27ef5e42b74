/**
 * The places the gazetteer adds on its own (`source: 'lexicon:places'`, where the model marked no
 * entity) in the government work reports (../shared/data/gov-reports) and the sample front page: how
 * many, how many cut through a segmenter word (`straddles` of src/text/word-grid.ts: neither on word
 * edges nor beginning or ending one proper-noun word), and the most frequent names. There is no gold data for these texts: the list is
 * for reading. To compare two versions, pass the other checkout's dist/src/index.js.
 * `node dist/scripts/gazetteer-places.js [path/to/dist/src/index.js] [top]`
 */
import { readFileSync } from 'node:fs';
import { loadCreateAnnotator, reportFilesAndFrontPage } from './report-corpus.js';
import { straddles, wordGrid } from '../src/text/word-grid.js';

const top = Number(process.argv[3] ?? 30);
const createAnnotator = await loadCreateAnnotator(process.argv[2]);
const files = reportFilesAndFrontPage();
const annotator = createAnnotator();
let added = 0;
let cutting = 0;
const names = new Map<string, { count: number; cutting: number; kind: string }>();
for (const file of files) {
  const doc = annotator.annotate(readFileSync(file, 'utf8'));
  const grid = wordGrid(doc.text, doc.tokens);
  for (const e of doc.entities) {
    if (e.source !== 'lexicon:places') continue;
    const cuts = straddles(grid, e.start, e.end);
    added++;
    if (cuts) cutting++;
    const name = e.text.replace(/\s+/g, '');
    const row = names.get(name) ?? { count: 0, cutting: 0, kind: e.subtype ?? '' };
    row.count++;
    if (cuts) row.cutting++;
    names.set(name, row);
  }
}
console.log(`${files.length} documents: ${added} places added by the gazetteer alone, ${cutting} of them cutting through a word`);
for (const [name, r] of [...names].sort((a, b) => b[1].count - a[1].count).slice(0, top)) {
  console.log(`${String(r.count).padStart(5)}  ${name} ${r.kind}${r.cutting > 0 ? `  (${r.cutting} cutting through a word)` : ''}`);
}
