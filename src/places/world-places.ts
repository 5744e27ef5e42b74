/**
 * World places: `lexicons/world/places.tsv` (`name kind`) → the kind of a place the entity model
 * found outside China's registry: `country` (新加坡, 美利坚合众国, 华 of 访华), `region` (东南亚,
 * 太平洋, 华北) or `city` (东京, 华盛顿; a city without a code). General knowledge only.
 */
import { TifaError } from '../errors.js';

/** The kinds of world places. */
export type WorldPlaceKind = 'country' | 'region' | 'city';

/** World places by name. */
export interface WorldPlaces {
  /** Version label. */
  readonly version: string;
  /** The kind of the world place with this exact name. */
  get(name: string): WorldPlaceKind | undefined;
  /** Number of names. */
  readonly size: number;
}

/** The shipped list, relative to the package root. */
export const WORLD_PLACES_FILE = 'lexicons/world/places.tsv';
const KINDS = new Set<string>(['country', 'region', 'city']);

/** Parses places.tsv rows (`name kind`, `#` comments); `file` names it in errors. */
export function parseWorldPlaces(text: string, file = WORLD_PLACES_FILE): Map<string, WorldPlaceKind> {
  const out = new Map<string, WorldPlaceKind>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const fail = (what: string): TifaError => new TifaError('resource_parse', `tifa: ${file} line ${i + 1}: ${what}`, { file, line: i + 1 });
    const cols = line.split('\t');
    if (cols.length !== 2) throw fail(`expected 2 columns (name, kind), found ${cols.length}`);
    const [name = '', kind = ''] = cols;
    if (!/^[\u4e00-\u9fff]{1,16}$/u.test(name)) throw fail(`expected a name of 1–16 CJK characters, found "${name}"`);
    if (!KINDS.has(kind)) throw fail(`expected a kind (country, region, city), found "${kind}"`);
    if (out.has(name)) throw fail(`"${name}" is listed twice`);
    out.set(name, kind as WorldPlaceKind);
  });
  return out;
}

/** World places from parsed rows. */
export function createWorldPlaces(rows: ReadonlyMap<string, WorldPlaceKind>, version = 'custom'): WorldPlaces {
  return { version, get: (name) => rows.get(name), size: rows.size };
}
