/**
 * tifa's public API: explicit named exports only. Nothing loads at import time;
 * `createAnnotator` loads resources once and returns `{ annotate, annotateMany }`.
 */
export { createAnnotator, SCHEMA_VERSION } from './pipeline/create-annotator.js';
export type { Annotator, AnnotatorOptions, AnnotateInput } from './pipeline/create-annotator.js';
export { TifaError, isTifaError } from './errors.js';
export type { ErrorCode } from './errors.js';
export { documentSchema } from './document/document-schema.js';
export { normalize, foldWidth, foldForMatching } from './text/normalize.js';
export type { Normalized, NormalizeOptions } from './text/normalize.js';
export { toOriginal, toNormalized } from './text/offset-map.js';
export type { OffsetMap } from './text/offset-map.js';
export { splitSentences } from './text/split-sentences.js';
export { ENTITY_LABELS } from './document/labels.js';
export { entitiesOf, tokensIn, personByName } from './document/query.js';
export type {
  AnnotateMeta, Article, Candidate, Document, DocumentMeta, Entity, EntityLabel, EntityPart, Keyword, Organization, Person, Place,
  ResourceVersions, Role, Sentence, Span, ThemeHit, TimeExpression, TimeGrain, TimeKind, Token,
} from './document/types.js';
// archive
export {
  readArchive, countArchive, parseArchiveDate, dateFromFileName, splitFrontMatter, createCsvParser, contentHash, documentRows, documentTerms,
  openStore, TABLES, REJECTS, STORE_SCHEMA_VERSION, tagArchive, queryTrends, parseTrendPeriod, periodLabel, TREND_PERIODS,
  renderTrendChart, trendChartSpec, queryPeopleThemes, clusterArchive, discoverRising, exportParquet, generateArticles, runArchiveBench,
} from './archive/index.js';
export type {
  ArchiveRecord, ArchiveReject, ArchiveItem, DateGrain, CsvRow, DocumentRows, Row, Cell, ArchiveStore, OpenStoreOptions, TableSpec, ColumnType,
  TagArchiveOptions, TagProgress, TagSummary, TrendOptions, TrendPeriod, TrendRow, ChartOptions, ChartMeasure, PeopleThemesOptions, PeopleThemeRow,
  ClusterOptions, ClusterResult, Cluster, DiscoverOptions, DiscoverResult, RisingPhrase, ExportedTable, GeneratedArticle, GenerateOptions,
  ArchiveBenchOptions, ArchiveBenchResult, TagBench, TrendBench,
} from './archive/index.js';
