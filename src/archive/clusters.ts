/**
 * clusterArchive: (store, k) → k clusters of stored documents: TF-IDF vectors (idf from `natural`)
 * over the stored `terms` table (no re-annotation), L2-normalised, clustered by `ml-kmeans` with a
 * fixed seed (same store + options → same clusters). Each cluster lists its top words, its size
 * per period and its dominant themes. Large archives are sampled evenly (`maxDocs`).
 */
import { TifaError } from '../errors.js';
import type { ArchiveStore } from './store.js';
import { parseTrendPeriod, periodLabel, type TrendPeriod } from './trends.js';

/** Options of `clusterArchive`. */
export interface ClusterOptions {
  /** Number of clusters. */
  readonly k: number;
  /** Period for sizes over time (default `year`). */
  readonly by?: TrendPeriod;
  /** Vocabulary size: the terms in most documents (default 400). */
  readonly features?: number;
  /** Most documents clustered; beyond it an even sample (default 20,000). */
  readonly maxDocs?: number;
  /** Random seed (default 42). */
  readonly seed?: number;
  /** Top words listed per cluster (default 10). */
  readonly topWords?: number;
}

/** One cluster. */
export interface Cluster {
  /** 0-based cluster number, largest cluster first. */
  readonly cluster: number;
  /** Documents in it. */
  readonly size: number;
  /** Heaviest centroid terms. */
  readonly topWords: readonly { readonly word: string; readonly weight: number }[];
  /** Documents per period, periods in order. */
  readonly periods: readonly { readonly period: string; readonly size: number }[];
  /** Themes by number of its documents mentioning them (top 5). */
  readonly themes: readonly { readonly theme: string; readonly name: string; readonly articles: number; readonly share: number }[];
  /** A few document ids nearest the centroid. */
  readonly examples: readonly string[];
}

/** The clustering result. */
export interface ClusterResult {
  /** Documents clustered. */
  readonly documents: number;
  /** Stored documents with no vocabulary term (left out). */
  readonly unclustered: number;
  /** True when the documents were sampled. */
  readonly sampled: boolean;
  /** The clusters, largest first. */
  readonly clusters: readonly Cluster[];
}

/** Clusters the stored documents (see the module comment). */
export async function clusterArchive(store: ArchiveStore, options: ClusterOptions): Promise<ClusterResult> {
  const k = options.k;
  if (!Number.isInteger(k) || k < 1) throw new TifaError('invalid_option', `tifa: --k: expected a whole number ≥ 1, found ${k}`, { option: 'k' });
  const by = parseTrendPeriod(options.by ?? 'year');
  const features = Math.max(2, options.features ?? 400);
  const maxDocs = Math.max(1, options.maxDocs ?? 20000);
  const topN = Math.max(1, options.topWords ?? 10);

  const docs = await store.query<{ id: string; date: string }>('SELECT id, strftime(date, \'%Y-%m-%d\') AS date FROM documents ORDER BY id');
  const step = Math.ceil(docs.length / maxDocs);
  const sample = step > 1 ? docs.filter((_, i) => i % step === 0) : docs;
  const sampleIds = new Set(sample.map((d) => d.id));
  const n = sample.length;
  const vocab = (await store.query<{ term: string }>(
    `SELECT term FROM terms GROUP BY term HAVING count(DISTINCT doc_id) >= 2 AND count(DISTINCT doc_id) <= greatest(2, 0.6 * ?) ORDER BY count(DISTINCT doc_id) DESC, term LIMIT ?`, [docs.length, features],
  )).map((r) => r.term);
  const index = new Map(vocab.map((t, i) => [t, i]));
  const counts = new Map<string, Record<string, number>>();
  for (const r of await store.query<{ doc_id: string; term: string; count: number }>('SELECT doc_id, term, count FROM terms')) {
    if (!index.has(r.term) || !sampleIds.has(r.doc_id)) continue;
    let c = counts.get(r.doc_id);
    if (!c) counts.set(r.doc_id, (c = {}));
    c[r.term] = r.count;
  }
  const members = sample.filter((d) => counts.has(d.id));
  if (members.length === 0) return { documents: 0, unclustered: n, sampled: step > 1, clusters: [] };

  // idf from natural's TfIdf over the same documents; tf × idf vectors, L2-normalised.
  const { TfIdf } = await import('natural/lib/natural/tfidf/index.js');
  const tfidf = new TfIdf();
  for (const d of members) tfidf.addDocument(counts.get(d.id)! as unknown as Record<string, string>);
  const idf = vocab.map((t) => tfidf.idf(t));
  const vectors = members.map((d) => {
    const v = new Array<number>(vocab.length).fill(0);
    for (const [t, c] of Object.entries(counts.get(d.id)!)) { const i = index.get(t)!; v[i] = c * idf[i]!; }
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm);
  });
  const { kmeans } = await import('ml-kmeans');
  const kk = Math.min(k, members.length);
  const result = kmeans(vectors, kk, { seed: options.seed ?? 42, initialization: 'kmeans++', maxIterations: 100 });

  const themeRows = await store.query<{ doc_id: string; theme: string; name: string }>('SELECT doc_id, theme, name FROM themes');
  const themesOf = new Map<string, { theme: string; name: string }[]>();
  for (const r of themeRows) { if (!themesOf.has(r.doc_id)) themesOf.set(r.doc_id, []); themesOf.get(r.doc_id)!.push(r); }

  const clusters: Omit<Cluster, 'cluster'>[] = [];
  for (let c = 0; c < kk; c++) {
    const idx = result.clusters.flatMap((x, i) => (x === c ? [i] : []));
    if (idx.length === 0) continue;
    const centroid = result.centroids[c]!;
    const topWords = centroid.map((w, i) => ({ word: vocab[i]!, weight: w })).filter((x) => x.weight > 0)
      .sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1)).slice(0, topN).map((x) => ({ word: x.word, weight: Math.round(x.weight * 1000) / 1000 }));
    const per = new Map<string, number>();
    const themeCount = new Map<string, { theme: string; name: string; articles: number }>();
    for (const i of idx) {
      const d = members[i]!;
      const p = periodLabel(periodStart(d.date, by), by);
      per.set(p, (per.get(p) ?? 0) + 1);
      for (const t of new Map((themesOf.get(d.id) ?? []).map((x) => [x.theme, x])).values()) {
        const e = themeCount.get(t.theme) ?? { theme: t.theme, name: t.name, articles: 0 };
        e.articles++;
        themeCount.set(t.theme, e);
      }
    }
    const dist = (i: number): number => vectors[i]!.reduce((s, x, j) => s + (x - centroid[j]!) ** 2, 0);
    clusters.push({
      size: idx.length,
      topWords,
      periods: [...per].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([period, size]) => ({ period, size })),
      themes: [...themeCount.values()].sort((a, b) => b.articles - a.articles || (a.theme < b.theme ? -1 : 1)).slice(0, 5)
        .map((t) => ({ ...t, share: t.articles / idx.length })),
      examples: [...idx].sort((a, b) => dist(a) - dist(b)).slice(0, 3).map((i) => members[i]!.id),
    });
  }
  clusters.sort((a, b) => b.size - a.size);
  return { documents: members.length, unclustered: n - members.length, sampled: step > 1, clusters: clusters.map((c, i) => ({ cluster: i, ...c })) };
}

/** First day of the period containing `date` (`YYYY-MM-DD`). */
export function periodStart(date: string, by: TrendPeriod): string {
  const y = date.slice(0, 4);
  const m = Number(date.slice(5, 7));
  if (by === 'year') return `${y}-01-01`;
  if (by === 'quarter') return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  if (by === 'month') return `${date.slice(0, 7)}-01`;
  const d = new Date(`${date}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86400000);
  return monday.toISOString().slice(0, 10);
}
