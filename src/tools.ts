/**
 * `tifa/tools`: the public surface for retraining and evaluating — corpus readers, the entity-model
 * trainer and scorer, theme files and their first-year table, person–role scoring. Kept apart from
 * the core entry (`tifa`) so a service that only annotates loads none of it.
 */
export { readCorpus, readCorpusSpec, parseCorpusSpec, parseBioCorpus, parseClueNerCorpus, parsePeoplesDailyCorpus, MODEL_LABELS } from './entities/read-corpus.js';
export type { AnnotatedSentence, Corpus, CorpusFormat, CorpusSpec, GoldSpan, ModelLabel, ReadCorpusOptions } from './entities/read-corpus.js';
export { trainEntityModel, evaluateOnDevSet, prepareDevSet } from './entities/train-model.js';
export type { TrainOptions, TrainProgress, TrainResult, DevSet } from './entities/train-model.js';
export { scoreEntities, formatScoreTable } from './entities/evaluate.js';
export type { ScoreTable, LabelScore, ScoredSpan, ScoreOptions } from './entities/evaluate.js';
export { loadEntityModel, saveEntityModel, defaultEntityModelDir } from './entities/model-file.js';
export { writeModelCard, renderModelCard } from './entities/model-card.js';
export type { EntityModel, ModelManifest } from './entities/entity-model.js';
export { loadThemes, parseThemes, defaultThemePaths, displayPath, unknownRelated } from './themes/load-themes.js';
export { compileThemes, matchThemes } from './themes/compile-themes.js';
export type { CompiledThemes, ThemeMatch } from './themes/compile-themes.js';
export type { ThemeDefinition } from './themes/theme-definition.js';
export { themeFirstYears, formatFirstYears } from './themes/first-years.js';
export { scorePersonRoles, scorePairs, sumPairScores, predictedPersonRoles } from './people/score-person-roles.js';
export type { PairScore, PersonRolePair } from './people/score-person-roles.js';
export { loadPlaceLexicon } from './places/load-place-lexicon.js';
export type { PlaceLexicon } from './places/place-lexicon.js';
export { findAdministrativeChains, stripChainPrefixes } from './places/place-chains.js';
export type { AdministrativeChain, ChainUnit, StrippedText } from './places/place-chains.js';
export { evaluateResolution, evaluateDocumentResolution, scoreResolutionCases, placeAt } from './places/evaluate-resolution.js';
export type { ResolutionAnnotate, ResolutionCase, ResolutionDocument, ResolutionEvaluation, ResolutionOutcome, ResolutionScore, ResolutionTest } from './places/evaluate-resolution.js';
export { createSegmenter } from './pipeline/create-segmenter.js';
export type { SegmentEngine, UserWord, EngineName } from './segment/engine.js';
export { checkEncoding, decodeBytes, decodeStream, DEFAULT_ENCODING } from './encoding.js';
