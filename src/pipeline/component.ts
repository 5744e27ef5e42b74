/**
 * The component contract: a step reads the layers it `requires` from the state and returns the
 * layers it `assigns`; `createAnnotator` checks the order once and runs the steps in sequence.
 * All offsets inside the state are in NORMALIZED coordinates (`state.text`); only
 * `document/assemble` projects them back to the caller's original text.
 */
import type {
  AnnotateMeta, Article, Candidate, Entity, Keyword, Organization, Person, Place, Sentence, ThemeHit, TimeExpression, Token,
} from '../document/types.js';
import type { OffsetMap } from '../text/offset-map.js';

/** The layers a component may read or write. */
export interface Layers {
  /** Page items. */
  articles: readonly Article[];
  /** Sentences. */
  sentences: readonly Sentence[];
  /** Words with POS. */
  tokens: readonly Token[];
  /** Entity mentions. */
  entities: readonly Entity[];
  /** People. */
  people: readonly Person[];
  /** Places. */
  places: readonly Place[];
  /** Organizations. */
  organizations: readonly Organization[];
  /** Time expressions. */
  times: readonly TimeExpression[];
  /** Themes. */
  themes: readonly ThemeHit[];
  /** Keywords. */
  keywords: readonly Keyword[];
  /** Candidate 提法. */
  candidates: readonly Candidate[];
}

/** Name of a layer. */
export type LayerName = keyof Layers;

/** What every component sees: the normalized text, its map to the original, and the layers so far. */
export interface State extends Partial<Layers> {
  /** The caller's original text. */
  readonly original: string;
  /** Normalized text; every offset in the layers points here. */
  readonly text: string;
  /** Same length as `text`, with quote and dash variants unified: for lexicon matching only. */
  readonly matchText: string;
  /** Normalized → original offsets. */
  readonly map: OffsetMap;
  /** Caller's metadata. */
  readonly meta: AnnotateMeta;
}

/** A pipeline step. */
export interface Component {
  /** Unique step name. */
  readonly name: string;
  /** Layers that must be assigned by earlier steps. */
  readonly requires: readonly LayerName[];
  /** Layers this step returns. */
  readonly assigns: readonly LayerName[];
  /** Compute this step's layers; must not throw on any text. */
  run(state: State): Partial<Layers>;
}
