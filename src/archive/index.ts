/**
 * The archive tracker's public surface, published as `tifa/archive` (the core `tifa` entry never loads it): read a dated archive, tag it
 * in parallel into DuckDB, and ask it questions (trends, charts, speakers, clusters, rising phrases).
 * Heavy dependencies (DuckDB, vega, natural, ml-kmeans) load on first use, never at import time.
 */
export { readArchive, countArchive, parseArchiveDate, dateFromFileName, splitFrontMatter, createCsvParser, contentHash } from './read-archive.js';
export type { ArchiveRecord, ArchiveReject, ArchiveItem, DateGrain, CsvRow } from './read-archive.js';
export { documentRows, documentTerms } from './document-rows.js';
export type { DocumentRows, Row, Cell } from './document-rows.js';
export { openStore, TABLES, REJECTS, STORE_SCHEMA_VERSION } from './store.js';
export type { ArchiveStore, OpenStoreOptions, TableSpec, ColumnType } from './store.js';
export { tagArchive } from './tag-archive.js';
export type { TagArchiveOptions, TagProgress, TagSummary } from './tag-archive.js';
export { queryTrends, parseTrendPeriod, periodLabel, TREND_PERIODS } from './trends.js';
export type { TrendOptions, TrendPeriod, TrendRow } from './trends.js';
export { renderTrendChart, trendChartSpec } from './charts.js';
export type { ChartOptions, ChartMeasure } from './charts.js';
export { queryPeopleThemes } from './people-themes.js';
export type { PeopleThemesOptions, PeopleThemeRow } from './people-themes.js';
export { queryNamed } from './named-entities.js';
export type { NamedOptions, NamedRow, NamedTable } from './named-entities.js';
export { clusterArchive } from './clusters.js';
export type { ClusterOptions, ClusterResult, Cluster } from './clusters.js';
export { discoverRising } from './discover.js';
export type { DiscoverOptions, DiscoverResult, RisingPhrase } from './discover.js';
export { exportParquet } from './export-parquet.js';
export type { ExportedTable } from './export-parquet.js';
export { generateArticles } from './generate-articles.js';
export type { GeneratedArticle, GenerateOptions } from './generate-articles.js';
export { runArchiveBench } from './archive-bench.js';
export type { ArchiveBenchOptions, ArchiveBenchResult, TagBench, TagBenchSummary, TrendBench } from './archive-bench.js';
