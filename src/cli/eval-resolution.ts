/**
 * `tifa eval --resolution`: precision and coverage of place resolution on real documents from
 * `../shared/data` (People's Daily January 1998 articles, CLUENER sentences, the government work
 * reports, the real front page), measured on the explicit administrative chains they contain (see
 * `evaluateResolution` in tifa/tools). Prints one table per corpus and every wrong answer.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnnotator } from '../index.js';
import {
  evaluateResolution, loadPlaceLexicon, scoreResolutionCases, type ResolutionCase, type ResolutionDocument, type ResolutionScore,
} from '../tools.js';

/** A corpus of documents for the resolution measurement. */
interface ResolutionCorpus {
  readonly name: string;
  /** Whether the entity model was trained on it (its LOC spans are then easier than on unseen text). */
  readonly trainedOn: boolean;
  readonly path: string;
  readonly read: () => ResolutionDocument[];
}

/** People's Daily 1998: paragraphs grouped into articles (id `date-page-article-paragraph`), tags stripped. */
export function readPeoplesDailyArticles(text: string, prefix = 'pd'): ResolutionDocument[] {
  const docs: ResolutionDocument[] = [];
  let current: { id: string; paragraphs: string[] } | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '').trim();
    if (line === '') continue;
    const tokens = line.split(/\s+/);
    const id = (tokens[0] ?? '').replace(/\/m$/, '');
    const article = id.split('-').slice(0, 3).join('-');
    const words = tokens.slice(1).map((t) => {
      const w = t.startsWith('[') ? t.slice(1) : t;
      const slash = w.lastIndexOf('/');
      return slash > 0 ? w.slice(0, slash) : w;
    });
    if (!current || current.id !== article) {
      if (current) docs.push({ id: `${prefix}:${current.id}`, text: current.paragraphs.join('\n') });
      current = { id: article, paragraphs: [] };
    }
    current.paragraphs.push(words.join(''));
  }
  if (current) docs.push({ id: `${prefix}:${current.id}`, text: current.paragraphs.join('\n') });
  return docs;
}

/** CLUENER lines (`{"text": …}`), the percent slice [from, to) of them. */
function readClueNer(path: string, from: number, to: number): ResolutionDocument[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const a = Math.floor((lines.length * from) / 100);
  const b = Math.floor((lines.length * to) / 100);
  return lines.slice(a, b).map((l, i) => ({ id: `cluener:${a + i + 1}`, text: (JSON.parse(l) as { text: string }).text }));
}

function readFolder(dir: string, prefix: string): ResolutionDocument[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ id: `${prefix}:${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** The corpora under the shared data directory. */
export function resolutionCorpora(root: string): ResolutionCorpus[] {
  const pd = join(root, 'ner/peoples-daily-1998/199801.txt');
  const cluener = join(root, 'ner/cluener2020/train.json');
  const reports = join(root, 'gov-reports');
  const articles = join(root, 'articles');
  return [
    { name: "People's Daily 1998-01 (articles)", trainedOn: true, path: pd, read: () => readPeoplesDailyArticles(readFileSync(pd, 'utf8')) },
    { name: 'CLUENER train.json#0-90 (sentences)', trainedOn: true, path: cluener, read: () => readClueNer(cluener, 0, 90) },
    { name: 'CLUENER train.json#90-100 (sentences, dev)', trainedOn: false, path: cluener, read: () => readClueNer(cluener, 90, 100) },
    { name: 'government work reports', trainedOn: false, path: reports, read: () => readFolder(reports, 'report') },
    { name: 'real articles', trainedOn: false, path: articles, read: () => readFolder(articles, 'article') },
  ];
}

interface CorpusResult {
  readonly corpus: string;
  readonly trainedOn: boolean;
  readonly documents: number;
  readonly documentsWithChains: number;
  readonly seconds: number;
  readonly scores: Record<string, ResolutionScore>;
  readonly cases: readonly ResolutionCase[];
}

const pct = (x: number): string => (Number.isNaN(x) ? '   –  ' : `${(100 * x).toFixed(2).padStart(6)}`);

function row(label: string, s: ResolutionScore): string {
  return `  ${label.padEnd(30)} ${String(s.cases).padStart(5)} ${String(s.correct).padStart(7)} ${String(s.wrong).padStart(5)} ${String(s.unresolved).padStart(10)} ${String(s.missing).padStart(7)} ${String(s.missingInOrg).padStart(6)}   ${pct(s.precision)}   ${pct(s.coverage)}`;
}

/** Scores of a corpus's cases: per test, all and ambiguous names only. */
function groupScores(cases: readonly ResolutionCase[]): Record<string, ResolutionScore> {
  const out: Record<string, ResolutionScore> = {};
  for (const test of ['written', 'stripped'] as const) {
    const mine = cases.filter((c) => c.test === test);
    out[`${test}`] = scoreResolutionCases(mine);
    out[`${test}, ambiguous names`] = scoreResolutionCases(mine.filter((c) => c.ambiguous));
    out[`${test}, town and village`] = scoreResolutionCases(mine.filter((c) => c.level === 'town' || c.level === 'zone' || c.level === 'village'));
  }
  return out;
}

/** Runs the measurement; returns the text to print (or JSON). */
export function runResolutionEval(root: string, options: { json?: boolean; limit?: number } = {}): { output: string; missing: string[] } {
  const lexicon = loadPlaceLexicon();
  const annotator = createAnnotator();
  const missing: string[] = [];
  const results: CorpusResult[] = [];
  for (const corpus of resolutionCorpora(root)) {
    if (!existsSync(corpus.path)) { missing.push(corpus.path); continue; }
    const t0 = performance.now();
    let docs = corpus.read();
    if (options.limit !== undefined) docs = docs.slice(0, options.limit);
    const r = evaluateResolution(docs, (text) => annotator.annotate(text), lexicon);
    results.push({
      corpus: corpus.name, trainedOn: corpus.trainedOn, documents: r.documents, documentsWithChains: r.documentsWithChains,
      seconds: (performance.now() - t0) / 1000, scores: groupScores(r.cases), cases: r.cases,
    });
  }
  if (options.json) return { output: `${JSON.stringify({ places: lexicon.version, missing, results }, null, 2)}\n`, missing };
  const lines: string[] = [
    `place resolution on explicit administrative chains (${lexicon.version})`,
    'written: the document as written; stripped: the chain\'s prefix removed (江苏省苏州市吴江区 → 吴江区)',
    'precision = correct / answered; coverage = answered / cases; missing = no LOC place covers the unit',
    '(in ORG: of the missing, the unit is part of an organization name such as 湖北省武汉市民政局, where places only inform the region)',
    '',
  ];
  const all = results.flatMap((r) => r.cases);
  for (const r of [...results, { corpus: 'all corpora', trainedOn: false, documents: results.reduce((a, b) => a + b.documents, 0), documentsWithChains: results.reduce((a, b) => a + b.documentsWithChains, 0), seconds: results.reduce((a, b) => a + b.seconds, 0), scores: groupScores(all), cases: all }]) {
    lines.push(`${r.corpus}: ${r.documents} documents, ${r.documentsWithChains} with chains, ${r.seconds.toFixed(1)} s${r.trainedOn ? ' (entity model trained on this text)' : ''}`);
    lines.push(`  ${'test'.padEnd(30)} ${'cases'.padStart(5)} ${'correct'.padStart(7)} ${'wrong'.padStart(5)} ${'unresolved'.padStart(10)} ${'missing'.padStart(7)} ${'in ORG'.padStart(6)}   ${'prec %'.padStart(6)}   ${'cov %'.padStart(6)}`);
    for (const [label, s] of Object.entries(r.scores)) lines.push(row(label, s));
    const conflicts = r.cases.filter((c) => c.conflicts);
    if (conflicts.length > 0) lines.push(`  written: ${conflicts.length} cases with another place of the same name resolved elsewhere`);
    lines.push('');
  }
  const wrong = all.filter((c) => c.outcome === 'wrong' || c.conflicts);
  lines.push(`wrong answers and conflicts (${wrong.length}):`);
  for (const c of wrong) {
    lines.push(`  ${c.test.padEnd(8)} ${c.doc}  ${c.chain} → ${c.name} gold ${c.gold}, ${c.outcome === 'wrong' ? `got ${c.code}` : `conflicts ${c.conflicts?.join(',')}`}  …${c.context}…`);
  }
  return { output: `${lines.join('\n')}\n`, missing };
}
