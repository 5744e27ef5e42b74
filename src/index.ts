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
