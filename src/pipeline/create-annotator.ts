/**
 * createAnnotator: options → { annotate, annotateMany }. Loads every resource once (segmenter,
 * dictionaries, model, lexicons), builds the component list and checks its order; `annotate` is
 * then synchronous, reentrant (no state survives a call) and never throws on any string: a step
 * that fails on odd text leaves its layers empty and says so in `meta.warnings`.
 */
import type { AnnotateMeta, Document, DocumentMeta, ResourceVersions } from '../document/types.js';
import { assemble } from '../document/assemble.js';
import { TifaError } from '../errors.js';
import { normalize } from '../text/normalize.js';
import { createTraditionalConverter, looksTraditional, type ScriptOption } from '../text/script.js';
import type { EngineName } from '../segment/engine.js';
import { createSegmenter } from './create-segmenter.js';
import { libraryVersion } from '../resources/package-root.js';
import { loadResources, loadSegmentResources, type Resources } from '../resources/load-resources.js';
import { checkPipeline } from './check-pipeline.js';
import type { Component, Layers, State } from './component.js';
import { buildComponents, buildTokenComponents } from './build-components.js';

/** Version of the Document data model. */
export const SCHEMA_VERSION = '1.0';

/** Options of `createAnnotator`. */
export interface AnnotatorOptions {
  /** Segmentation engine: `ts-jieba` (default: jieba in TypeScript, the same words as `rs-jieba`), `rs-jieba` (`@node-rs/jieba`), or `nodejieba` (optional peer). */
  readonly segmenter?: EngineName;
  /** Script of the input: `auto` (default) detects Traditional text and converts it for analysis. */
  readonly script?: ScriptOption;
  /** Directory of another entity model (default: the shipped `models/ner`). */
  readonly model?: string;
  /** Extra theme files (YAML), added to the shipped taxonomy. */
  readonly themes?: readonly string[];
  /** With `themes`: use only those files, not the shipped taxonomy. */
  readonly replaceThemes?: boolean;
  /** Re-join hard-wrapped lines (default true). */
  readonly rejoinLines?: boolean;
  /**
   * Stop after segmentation (default false): Documents carry sentences, tokens and page items and
   * every other layer is empty. The entity model and the other lexicons are not loaded, so the
   * annotator starts and runs faster; tokens are the same as a full annotator's.
   */
  readonly tokensOnly?: boolean;
}

/** One input of `annotateMany`. */
export interface AnnotateInput {
  /** The text. */
  readonly text: string;
  /** Its metadata. */
  readonly meta?: AnnotateMeta;
}

/** A loaded annotator. */
export interface Annotator {
  /** Annotates one text; never throws on a string. */
  annotate(text: string, meta?: AnnotateMeta): Document;
  /** Annotates a stream of inputs lazily, in order. */
  annotateMany(inputs: Iterable<AnnotateInput | string>): Iterable<Document>;
  /** Versions of the loaded resources. */
  readonly resources: ResourceVersions;
  /** Component names in run order. */
  readonly pipeline: readonly string[];
  /** Like `annotate`, also returning milliseconds spent per step (`normalize`, each component, `assemble`): for benchmarks. */
  profile(text: string, meta?: AnnotateMeta): { document: Document; timings: Readonly<Record<string, number>> };
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function checkMeta(meta: AnnotateMeta | undefined): void {
  if (meta === undefined) return;
  if (typeof meta !== 'object' || meta === null) throw new TifaError('invalid_input', `annotate: expected meta to be an object, found ${typeof meta}`);
  if (meta.date !== undefined && (typeof meta.date !== 'string' || !DATE.test(meta.date))) {
    throw new TifaError('invalid_input', `annotate: meta.date: expected YYYY-MM-DD, found ${JSON.stringify(meta.date)}`, { field: 'date' });
  }
  if (meta.id !== undefined && typeof meta.id !== 'string') throw new TifaError('invalid_input', `annotate: meta.id: expected a string, found ${typeof meta.id}`, { field: 'id' });
  if (meta.title !== undefined && typeof meta.title !== 'string') throw new TifaError('invalid_input', `annotate: meta.title: expected a string, found ${typeof meta.title}`, { field: 'title' });
}

/**
 * The state after a step: `state` with the layers the step returned. Every state has every layer key
 * in one order (undefined until assigned), so all states share one object shape. States made by
 * spreading (`{ ...state, ...out }`) took a new shape after each step, shapes the collector can drop
 * when no object of theirs is alive and make afresh for the next document; the steps' `run`
 * functions were then the most recompiled code of a warming annotator (`scripts/jit-warmup.ts`).
 */
function nextState(state: State, out: Partial<Layers>): State {
  return {
    original: state.original, text: state.text, matchText: state.matchText, map: state.map, meta: state.meta,
    articles: out.articles ?? state.articles, sentences: out.sentences ?? state.sentences, tokens: out.tokens ?? state.tokens,
    entities: out.entities ?? state.entities, people: out.people ?? state.people, places: out.places ?? state.places,
    organizations: out.organizations ?? state.organizations, times: out.times ?? state.times, themes: out.themes ?? state.themes,
    keywords: out.keywords ?? state.keywords, candidates: out.candidates ?? state.candidates,
  };
}

/** Loads resources and returns an annotator. */
export function createAnnotator(options: AnnotatorOptions = {}): Annotator {
  const script = options.script ?? 'auto';
  if (!['auto', 'simplified', 'traditional'].includes(script)) {
    throw new TifaError('invalid_option', `script: expected "auto", "simplified" or "traditional", found ${JSON.stringify(script)}`, { option: 'script' });
  }
  if (options.tokensOnly !== undefined && typeof options.tokensOnly !== 'boolean') {
    throw new TifaError('invalid_option', `tokensOnly: expected a boolean, found ${JSON.stringify(options.tokensOnly)}`, { option: 'tokensOnly' });
  }
  // A tokens-only annotator loads just what segmentation needs (the full resources include it).
  const full: Resources | undefined = options.tokensOnly ? undefined : loadResources(options);
  const segmentation = full ?? loadSegmentResources(options);
  const engine = createSegmenter(options.segmenter ?? 'ts-jieba', segmentation.userWords);
  const components: readonly Component[] = checkPipeline(full ? buildComponents(full, engine) : buildTokenComponents(segmentation, engine));
  const versions: ResourceVersions = {
    segmenter: engine.name,
    model: full?.modelVersion ?? 'none',
    lexicons: full?.lexiconVersions ?? { people: segmentation.people.version, themes: segmentation.themes.fingerprint },
  };
  const toSimplified = script === 'simplified' ? undefined : createTraditionalConverter();
  const library = `tifa@${libraryVersion()}`;

  function run(text: string, meta: AnnotateMeta | undefined, timings: Record<string, number> | undefined): Document {
    const clock = timings ? (name: string, t0: number): void => { timings[name] = (timings[name] ?? 0) + performance.now() - t0; } : undefined;
    let t0 = timings ? performance.now() : 0;
    if (typeof text !== 'string') throw new TifaError('invalid_input', `annotate: expected text to be a string, found ${text === null ? 'null' : typeof text}`);
    checkMeta(meta);
    const convert = toSimplified && (script === 'traditional' || looksTraditional(text, toSimplified)) ? toSimplified : undefined;
    const norm = normalize(text, { rejoinLines: options.rejoinLines !== false, ...(convert ? { toSimplified: convert } : {}) });
    let state: State = nextState({ original: text, text: norm.text, matchText: norm.matchText, map: norm.map, meta: meta ?? {} }, {});
    clock?.('normalize', t0);
    const warnings: string[] = [];
    for (const c of components) {
      if (clock) t0 = performance.now();
      let out: Partial<Layers>;
      try {
        out = c.run(state);
      } catch (err) {
        warnings.push(`${c.name}: ${err instanceof Error ? err.message : String(err)}`);
        out = Object.fromEntries(c.assigns.filter((a) => state[a] === undefined).map((a) => [a, []]));
      }
      state = nextState(state, out);
      clock?.(c.name, t0);
    }
    if (clock) t0 = performance.now();
    const docMeta: DocumentMeta = {
      ...(meta?.id !== undefined ? { id: meta.id } : {}),
      ...(meta?.date !== undefined ? { date: meta.date } : {}),
      ...(meta?.title !== undefined ? { title: meta.title } : {}),
      schemaVersion: SCHEMA_VERSION,
      library,
      resources: versions,
      ...(convert ? { script: 'traditional' as const } : {}),
      ...(warnings.length ? { warnings } : {}),
    };
    const doc = assemble(state, docMeta);
    clock?.('assemble', t0);
    return doc;
  }

  function annotate(text: string, meta?: AnnotateMeta): Document {
    return run(text, meta, undefined);
  }

  function profile(text: string, meta?: AnnotateMeta): { document: Document; timings: Readonly<Record<string, number>> } {
    const timings: Record<string, number> = {};
    return { document: run(text, meta, timings), timings };
  }

  function* annotateMany(inputs: Iterable<AnnotateInput | string>): Iterable<Document> {
    for (const input of inputs) yield typeof input === 'string' ? annotate(input) : annotate(input.text, input.meta);
  }

  return { annotate, annotateMany, profile, resources: versions, pipeline: components.map((c) => c.name) };
}
