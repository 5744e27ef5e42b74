/**
 * loadResources: annotator options → every resource the steps need, loaded from disk once.
 * Missing or broken files throw a TifaError naming the file. The segmenter's user dictionary is
 * compiled from the lexicons here (place names, organization suffixes), so those words are never split.
 */
import { readFileSync } from 'node:fs';
import { loadEntityModel, defaultEntityModelDir } from '../entities/model-file.js';
import type { EntityModel } from '../entities/entity-model.js';
import { loadPositionWords } from '../entities/load-positions.js';
import type { PositionWords } from '../entities/recognize-entities.js';
import { loadOrgLexicon } from '../orgs/load-org-lexicon.js';
import type { OrgLexicon } from '../orgs/org-kinds.js';
import { loadPeopleLexicon, type PeopleLexicon } from '../people/load-people-lexicon.js';
import { loadPlaceLexicon } from '../places/load-place-lexicon.js';
import { cachedVillages } from './place-tables.js';
import type { PlaceLexicon } from '../places/place-lexicon.js';
import { loadWorldPlaces } from '../places/load-world-places.js';
import type { WorldPlaces } from '../places/world-places.js';
import type { UserWord } from '../segment/engine.js';
import { compileThemes, type CompiledThemes } from '../themes/compile-themes.js';
import type { IdfTable } from '../themes/idf-table.js';
import { defaultThemePaths, loadThemes, parseThemes, THEME_PARSER_VERSION, themeDigest, type CachedThemes, type ThemeLookup } from '../themes/load-themes.js';
import { loadThemeCategoryModel, type ThemeCategoryModel } from '../themes/theme-category-model.js';
import { userDictionaryText } from '../segment/engine.js';
import { buildPosData, lazyPosTable, posTableOf, type PosTable } from '../segment/pos-table.js';
import { jiebaIdfTable, jiebaPosData } from './jieba-tables.js';
import { readCachedJson, writeCachedJson } from './resource-cache.js';

/** Everything the components need, loaded once per annotator. */
export interface Resources {
  /** Word → POS for tokens (jieba's dictionary plus user words). */
  readonly posTable: PosTable;
  /** Words compiled into the segmenter so they are never split. */
  readonly userWords: readonly UserWord[];
  /** The entity model. */
  readonly entityModel: EntityModel;
  /** Position nouns the entity step adds as TITLE where the model tagged a whole word O. */
  readonly positions: PositionWords;
  /** Administrative divisions and villages. */
  readonly places: PlaceLexicon;
  /** Countries and world regions (the kind of a place outside China's registry). */
  readonly world: WorldPlaces;
  /** Organization suffixes and kinds. */
  readonly orgs: OrgLexicon;
  /** Titles, modifiers, title organizations and surnames. */
  readonly people: PeopleLexicon;
  /** The compiled theme taxonomy (shipped and/or the caller's files). */
  readonly themes: CompiledThemes;
  /** IDF table for keywords. */
  readonly idf: IdfTable;
  /** The theme-category classifier. */
  readonly categoryModel: ThemeCategoryModel;
  /** Entity model version, or `none`. */
  readonly modelVersion: string;
  /** Lexicon versions by name. */
  readonly lexiconVersions: Readonly<Record<string, string>>;
}

/** Options that select resources. */
export interface ResourceOptions {
  /** Directory of another entity model. */
  readonly model?: string;
  /** Extra theme files. */
  readonly themes?: readonly string[];
  /** Use only `themes`. */
  readonly replaceThemes?: boolean;
}

/** What the segmentation step needs: the user words compiled into the engine and the POS table. */
export interface SegmentResources {
  /** Word → POS for tokens (jieba's dictionary plus user words). */
  readonly posTable: PosTable;
  /** Words compiled into the segmenter so they are never split. */
  readonly userWords: readonly UserWord[];
  /** Titles, modifiers, title organizations and surnames (titles are user words). */
  readonly people: PeopleLexicon;
  /** The compiled theme taxonomy (its forms are user words). */
  readonly themes: CompiledThemes;
}

/** Loads what segmentation needs; a tokens-only annotator loads nothing else. */
export function loadSegmentResources(options: ResourceOptions): SegmentResources {
  const people = loadPeopleLexicon();
  const themePaths = [...(options.replaceThemes && options.themes?.length ? [] : defaultThemePaths()), ...(options.themes ?? [])];
  const themes = compileThemes(loadThemes(themePaths, shippedThemeLookup()));
  // Titles of three or more characters (and the blockers that contain a title but are none) stay whole.
  const userWords: UserWord[] = [];
  for (const [title, kind] of people.titles) if (title.length >= 3) userWords.push({ word: title, freq: 3000, pos: kind === '-' ? 'n' : 'nnt' });
  // Theme forms (names, aliases, gap-free pattern expansions) are never split.
  for (const form of themes.forms) if (form.length >= 3 && /^[\u4e00-\u9fff]+$/.test(form)) userWords.push({ word: form, freq: 100000, pos: 'nz' });
  // User words override jieba's tags (they come first). Built on first use: ts-jieba answers from its own dictionary.
  const posTable = lazyPosTable(() => posTableOf([buildPosData(userDictionaryText(userWords)), jiebaPosData()]));
  return { posTable, userWords, people, themes };
}

/** Loads all resources. */
export function loadResources(options: ResourceOptions): Resources {
  const entityModel = loadEntityModel(options.model ?? defaultEntityModelDir());
  const positions = loadPositionWords();
  const places = loadPlaceLexicon(undefined, { unpackedVillages: cachedVillages });
  const orgs = loadOrgLexicon();
  const world = loadWorldPlaces();
  const { posTable, userWords, people, themes } = loadSegmentResources(options);
  const idf = jiebaIdfTable();
  const categoryModel = loadThemeCategoryModel();
  return {
    posTable, userWords, entityModel, positions, places, world, orgs, people, themes, idf, categoryModel,
    modelVersion: `${entityModel.manifest.name}@${entityModel.manifest.version}+${entityModel.manifest.sha256.slice(0, 8)}`,
    lexiconVersions: { places: places.version, world: world.version, orgs: orgs.version, people: people.version, themes: themes.fingerprint },
  };
}

const THEMES_FILE = 'themes.json';
const themesKey = (): string => `themes@${THEME_PARSER_VERSION}`;

/** The checked definitions of the shipped theme files, by digest, from the build-time cache. */
function shippedThemeLookup(): ThemeLookup {
  const entries = readCachedJson<Record<string, CachedThemes>>(THEMES_FILE, themesKey());
  return (digest) => (entries && Object.hasOwn(entries, digest) ? entries[digest] : undefined);
}

/** Parses the shipped theme files and writes their definitions to the cache (run at build time). */
export function writeThemeCache(dir?: string): void {
  const entries: Record<string, CachedThemes> = {};
  for (const path of defaultThemePaths()) {
    const source = readFileSync(path, 'utf8');
    entries[themeDigest(source)] = parseThemes(source, path).map(({ file: _file, ...rest }) => rest);
  }
  writeCachedJson(THEMES_FILE, themesKey(), entries, dir);
}
