/**
 * Kinds of the places and organizations tifa reports on the government work reports
 * (../shared/data/gov-reports) and the sample front page: how many of each kind, how many places
 * resolved to a code, and the most frequent names still of kind `other`. There is no gold data for
 * these texts: the list is for reading. To compare two versions, pass the other checkout's
 * dist/src/index.js.
 * `node dist/scripts/kind-census.js [path/to/dist/src/index.js] [top]`
 */
import { readFileSync } from 'node:fs';
import { loadCreateAnnotator, reportFilesAndFrontPage } from './report-corpus.js';

const top = Number(process.argv[3] ?? 30);
const createAnnotator = await loadCreateAnnotator(process.argv[2]);
const files = reportFilesAndFrontPage();
const annotator = createAnnotator();

const count = <K>(m: Map<K, number>, k: K): void => { m.set(k, (m.get(k) ?? 0) + 1); };
const placeKinds = new Map<string, number>();
const orgKinds = new Map<string, number>();
const otherPlaces = new Map<string, number>();
const otherOrgs = new Map<string, number>();
let places = 0;
let resolved = 0;
let orgs = 0;
for (const file of files) {
  const doc = annotator.annotate(readFileSync(file, 'utf8'));
  for (const p of doc.places) {
    places++;
    if (p.code !== undefined) resolved++;
    count(placeKinds, p.kind);
    if (p.kind === 'other') count(otherPlaces, p.name);
  }
  for (const o of doc.organizations) {
    orgs++;
    count(orgKinds, o.kind);
    if (o.kind === 'other') count(otherOrgs, o.name);
  }
}
const list = (m: Map<string, number>, n = Infinity): string => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([k, v]) => `${k} ${v}`).join(' · ');
console.log(`${files.length} documents (places and organizations counted once per document)`);
console.log(`places: ${places}, ${resolved} resolved to a code; by kind: ${list(placeKinds)}`);
console.log(`organizations: ${orgs}; by kind: ${list(orgKinds)}`);
console.log(`most frequent places of kind other: ${list(otherPlaces, top)}`);
console.log(`most frequent organizations of kind other: ${list(otherOrgs, top)}`);
