/**
 * The tifa data model: plain, readonly, JSON-serialisable data.
 * Every `{ start, end, text }` is a half-open range of UTF-16 code units into `Document.text`
 * (the caller's ORIGINAL input), so `doc.text.slice(start, end) === text` always holds.
 * `src/document/schema.json` describes the same shapes; keep the two in step.
 */

/** Entity labels; the hierarchy and display data live in `labels.ts`. */
export type EntityLabel = 'PER' | 'LOC' | 'ORG' | 'TITLE' | 'TIME';

/** A half-open range into the original text with its surface. */
export interface Span {
  /** First UTF-16 code unit, inclusive. */
  readonly start: number;
  /** Last UTF-16 code unit, exclusive. */
  readonly end: number;
  /** `text.slice(start, end)` of the original input. */
  readonly text: string;
}

/** A sentence of the text. */
export interface Sentence extends Span {}

/** A word from the segmenter with its part-of-speech tag (jieba's tag set). */
export interface Token extends Span {
  /** Part of speech (jieba / ICTCLAS tags: n, v, nr, ns, nt, x …; `x` also for whitespace and removed line breaks). */
  readonly pos: string;
  /** The normalized surface when it differs from `text` (`集约` for `集\n\n约`). */
  readonly normal?: string;
}

/** One piece of a composite entity (浙江省永康市西城街道 → 浙江省 / 永康市 / 西城街道). */
export interface EntityPart extends Span {
  /** The label of the part. */
  readonly label: EntityLabel;
}

/** A named-entity mention. */
export interface Entity extends Span {
  /** Stable id inside the document (`e0`, `e1` …). */
  readonly id: string;
  /** Coarse label. */
  readonly label: EntityLabel;
  /** Cleaned surface: letter-spacing, line breaks and width variants removed (`王影` for `王 影`). */
  readonly normal: string;
  /** Finer kind (ORG: government, company …; LOC: address, scene …). */
  readonly subtype?: string;
  /** Parts of a composite entity, in order. */
  readonly parts?: readonly EntityPart[];
  /** What produced it: `model:ner@1.0`, `lexicon:places`, `rule:title-then-name` … */
  readonly source: string;
  /** Confidence in [0, 1] where the producer has one. */
  readonly score?: number;
}

/** A role a person holds: 市委副书记 → org 市委, title 书记, modifiers [副]. */
export interface Role extends Span {
  /** The bare title (书记, 市长, 记者). */
  readonly title: string;
  /** The organization or place prefix (市委, 永康农商银行), when written. */
  readonly org?: string;
  /** Modifiers such as 副, 常务, 首席. */
  readonly modifiers: readonly string[];
  /** What linked it (`rule:title-then-name`, `rule:byline` …). */
  readonly source: string;
}

/** One person, all mentions merged. */
export interface Person {
  /** Stable id inside the document (`p0` …). */
  readonly id: string;
  /** Canonical name (the longest full-name mention). */
  readonly name: string;
  /** Ids of the PER entities that mention this person. */
  readonly mentions: readonly string[];
  /** Every role linked to this person. */
  readonly roles: readonly Role[];
  /** Reported speech attributed to this person (指出 / 强调 …). */
  readonly speech: readonly Span[];
  /** With page layout: indices of the `Document.articles` items it occurs in. */
  readonly articles?: readonly number[];
}

/** A place, resolved to an administrative division where the context allows. */
export interface Place {
  /** Stable id inside the document (`l0` …). */
  readonly id: string;
  /** Name as written (normalized). */
  readonly name: string;
  /** province, city, county, town, village, zone, block, community; country, region (东南亚, 华北) and city (东京: a city outside China has no code); other … */
  readonly kind: string;
  /** Administrative division code when resolved. */
  readonly code?: string;
  /** Full names of the parent divisions, outermost first, when resolved. */
  readonly parents?: readonly string[];
  /** Ids of the LOC entities that mention it. */
  readonly mentions: readonly string[];
  /** With page layout: indices of the `Document.articles` items it occurs in. */
  readonly articles?: readonly number[];
}

/** An organization. */
export interface Organization {
  /** Stable id inside the document (`o0` …). */
  readonly id: string;
  /** Name as written (normalized), the fullest form seen. */
  readonly name: string;
  /** party, government, congress, cppcc, court, procuratorate, company, bank, media, school, hospital, association, other. */
  readonly kind: string;
  /** Id of the parent organization (a branch's bank, a department's government). */
  readonly parent?: string;
  /** The full form a short one resolves to (市委 → 中共永康市委). */
  readonly resolved?: string;
  /** Ids of the ORG entities that mention it. */
  readonly mentions: readonly string[];
  /** With page layout: indices of the `Document.articles` items it occurs in. */
  readonly articles?: readonly number[];
}

/** Granularity of a time value. */
export type TimeGrain = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'halfday' | 'hour' | 'minute';
/** What kind of time expression. */
export type TimeKind = 'date' | 'range' | 'duration' | 'vague';

/** A time expression, normalized against `meta.date` when given. */
export interface TimeExpression extends Span {
  /** ISO 8601 value: a date, an interval `a/b`, or a duration `P3Y`. */
  readonly value: string;
  /** Granularity. */
  readonly grain: TimeGrain;
  /** Date, range, duration or vague (近日: the reference date, flagged vague). */
  readonly kind: TimeKind;
  /** With page layout: index of the `Document.articles` item it occurs in. */
  readonly article?: number;
}

/** A policy theme found in the document. */
export interface ThemeHit {
  /** Theme id (ASCII slug). */
  readonly theme: string;
  /** Display name (亩均论英雄). */
  readonly name: string;
  /** Category (土地资源 …). */
  readonly category: string;
  /** Salience in [0, 1]: count, position and density. */
  readonly score: number;
  /** Where it is said. */
  readonly evidence: readonly Span[];
  /** Ids of the people whose reported speech contains evidence. */
  readonly speakers?: readonly string[];
  /** `lexicon:themes` for explicit evidence, `model:theme-category` for the classifier. */
  readonly source: string;
  /** With page layout: indices of the `Document.articles` items its evidence lies in. */
  readonly articles?: readonly number[];
}

/** A phrase that looks like a new 提法 but is not in the taxonomy. */
export interface Candidate {
  /** The phrase (normalized). */
  readonly phrase: string;
  /** Where it occurs. */
  readonly evidence: readonly Span[];
  /** Why: quoted, numbered-formula, recurring. */
  readonly reason: string;
}

/** A keyword with its TF-IDF weight. */
export interface Keyword {
  /** The word. */
  readonly word: string;
  /** TF-IDF weight. */
  readonly weight: number;
}

/** An item of a newspaper page (with `layout: 'page'`). */
export interface Article extends Span {
  /** article, caption, banner or ad. */
  readonly kind: 'article' | 'caption' | 'banner' | 'ad';
  /** The headline lines, when found. */
  readonly headline?: Span;
  /** The byline (（融媒首席记者 陈晓苏）), when found. */
  readonly byline?: Span;
  /** The dateline, when found. */
  readonly dateline?: Span;
}

/** Versions of the resources that produced a document, so runs can be reproduced. */
export interface ResourceVersions {
  /** Segmenter engine and version. */
  readonly segmenter: string;
  /** Entity model version and sha256 prefix, or `none`. */
  readonly model: string;
  /** Lexicon versions by name. */
  readonly lexicons: Readonly<Record<string, string>>;
}

/** Document metadata. */
export interface DocumentMeta {
  /** Caller's id. */
  readonly id?: string;
  /** Reference date `YYYY-MM-DD` for time normalization. */
  readonly date?: string;
  /** Caller's title. */
  readonly title?: string;
  /** Version of this data model. */
  readonly schemaVersion: string;
  /** `tifa@x.y.z`. */
  readonly library: string;
  /** Resource versions. */
  readonly resources: ResourceVersions;
  /** `traditional` when the input was detected or declared Traditional and converted for analysis. */
  readonly script?: 'traditional';
  /** Steps that failed on this text and left their layers empty (a bug to report, never silent). */
  readonly warnings?: readonly string[];
}

/** The result of `annotate`. */
export interface Document {
  /** The caller's original text, unchanged. */
  readonly text: string;
  /** Metadata. */
  readonly meta: DocumentMeta;
  /** Sentences, tiling the non-space text in order. */
  readonly sentences: readonly Sentence[];
  /** Words, in order, covering every non-removed character. */
  readonly tokens: readonly Token[];
  /** Entity mentions, in order, non-overlapping. */
  readonly entities: readonly Entity[];
  /** People with roles and speech. */
  readonly people: readonly Person[];
  /** Places. */
  readonly places: readonly Place[];
  /** Organizations. */
  readonly organizations: readonly Organization[];
  /** Time expressions. */
  readonly times: readonly TimeExpression[];
  /** Policy themes. */
  readonly themes: readonly ThemeHit[];
  /** Keywords by TF-IDF. */
  readonly keywords: readonly Keyword[];
  /** Candidate new 提法. */
  readonly candidates: readonly Candidate[];
  /** Page items (empty unless `layout: 'page'`). */
  readonly articles: readonly Article[];
}

/** Metadata a caller passes to `annotate`. */
export interface AnnotateMeta {
  /** Caller's id, copied to `meta.id`. */
  readonly id?: string;
  /** Reference date `YYYY-MM-DD`. */
  readonly date?: string;
  /** Caller's title. */
  readonly title?: string;
  /** `page` to split a newspaper page into articles. */
  readonly layout?: 'page' | 'plain';
}
