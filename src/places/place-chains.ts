/**
 * findAdministrativeChains: text + PlaceLexicon → the explicit administrative chains written in it
 * (江苏省苏州市吴江区, 浙江永康市西城街道, 永康市石柱镇后塘村) whose last unit the registry identifies
 * uniquely from the chain. Each gives a gold code for that unit: the measurement of place
 * resolution (`evaluate-resolution.ts`) is built on them. Independent of the resolver: it reads only
 * the registry (every division's full name; short forms of provinces, cities and counties before
 * the last unit) and the village table.
 *
 * A chain is two or more adjacent units, each a strict descendant (by code prefix) of some reading
 * of the unit before it (浙江省永康市 skips the city level, as the text does); the last unit is
 * written with its full registry name; its reading must be unique once the chain constrains it.
 * Chains are found leftmost-longest; a chain whose last unit stays ambiguous gives no gold.
 */
import type { PlaceLexicon } from './place-lexicon.js';

/** One unit of a chain as written. */
export interface ChainUnit {
  /** First UTF-16 unit in the text, inclusive. */
  readonly start: number;
  /** Last UTF-16 unit, exclusive. */
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly name: string;
  /** Its code under the chain's reading. */
  readonly code: string;
}

/** An explicit chain with a gold code for its last unit. */
export interface AdministrativeChain {
  /** Start of the first unit. */
  readonly start: number;
  /** End of the last unit. */
  readonly end: number;
  /** The units, outermost first (at least two). */
  readonly units: readonly ChainUnit[];
  /** Gold code of the last unit. */
  readonly code: string;
  /** Level of the last unit: province, city, county, town, zone or village. */
  readonly level: string;
  /** True when the last unit's name alone denotes more than one registry unit. */
  readonly ambiguous: boolean;
}

/** Name → codes, full names and (for non-last units) short forms. */
interface ChainIndex {
  readonly full: Map<string, string[]>;
  readonly short: Map<string, string[]>;
  readonly longest: number;
  /** First two characters of every name. */
  readonly heads: Set<string>;
}

const SHORT_KINDS = new Set(['province', 'city', 'county']);
const VILLAGE_ENDINGS = ['村', '社区'];
/** Longest village-level name tried (characters). */
const VILLAGE_LONGEST = 10;
/** Most units in a chain (province, city, county, town, village). */
const MAX_UNITS = 6;

const indexes = new WeakMap<PlaceLexicon, ChainIndex>();

function chainIndex(lexicon: PlaceLexicon): ChainIndex {
  const cached = indexes.get(lexicon);
  if (cached) return cached;
  const full = new Map<string, string[]>();
  const short = new Map<string, string[]>();
  let longest = 0;
  const heads = new Set<string>();
  const add = (map: Map<string, string[]>, name: string, code: string): void => {
    heads.add(name.slice(0, 2));
    const list = map.get(name);
    if (list) list.push(code); else map.set(name, [code]);
    if (name.length > longest) longest = name.length;
  };
  for (const d of lexicon.divisions.values()) {
    if (d.name.length >= 2) add(full, d.name, d.code);
    if (d.short && d.short.length >= 2 && d.short !== d.name && SHORT_KINDS.has(d.kind)) add(short, d.short, d.code);
  }
  const ix = { full, short, longest, heads };
  indexes.set(lexicon, ix);
  return ix;
}

/** A unit candidate at a position: its name's span and the codes it may denote. */
interface Reading {
  readonly end: number;
  readonly name: string;
  readonly codes: readonly string[];
  /** Written with its full registry name (may end a chain). */
  readonly full: boolean;
}

/** Names starting at `p`, longest first (full and short forms; villages only after a parent). */
function readingsAt(text: string, p: number, ix: ChainIndex, lexicon: PlaceLexicon, afterParent: boolean): Reading[] {
  const out: Reading[] = [];
  for (let len = Math.min(ix.longest, text.length - p); len >= 2; len--) {
    const name = text.slice(p, p + len);
    const f = ix.full.get(name);
    if (f) out.push({ end: p + len, name, codes: f, full: true });
    const s = ix.short.get(name);
    if (s) out.push({ end: p + len, name, codes: s, full: false });
  }
  if (afterParent) {
    const villages = lexicon.villages();
    for (let len = Math.min(VILLAGE_LONGEST, text.length - p); len >= 2; len--) {
      const name = text.slice(p, p + len);
      if (!VILLAGE_ENDINGS.some((e) => name.endsWith(e))) continue;
      const codes = villages.lookup(name);
      if (codes.length > 0) out.push({ end: p + len, name, codes, full: true });
    }
  }
  return out;
}

/** Codes of `codes` strictly inside one of `parents`. */
function inside(codes: readonly string[], parents: readonly string[]): string[] {
  return codes.filter((c) => parents.some((p) => c.length > p.length && c.startsWith(p)));
}

interface Partial {
  readonly units: readonly { readonly start: number; readonly reading: Reading; readonly live: readonly string[] }[];
}

/** The longest chain starting at `start` (two or more units, last one full), or undefined. */
function longestChainAt(text: string, start: number, ix: ChainIndex, lexicon: PlaceLexicon): Partial | undefined {
  let best: Partial | undefined;
  const bestEnd = (): number => {
    const u = best?.units[best.units.length - 1];
    return u ? u.reading.end : -1;
  };
  const walk = (chain: Partial): void => {
    const last = chain.units[chain.units.length - 1];
    if (last && chain.units.length >= 2 && last.reading.full && last.reading.end > bestEnd()) best = chain;
    if (chain.units.length >= MAX_UNITS) return;
    const p = last ? last.reading.end : start;
    for (const reading of readingsAt(text, p, ix, lexicon, last !== undefined)) {
      const live = last ? inside(reading.codes, last.live) : reading.codes;
      if (live.length === 0) continue;
      walk({ units: [...chain.units, { start: p, reading, live }] });
    }
  };
  walk({ units: [] });
  return best;
}

function levelOfCode(code: string, lexicon: PlaceLexicon): string {
  return code.length === 12 ? 'village' : lexicon.divisions.get(code)?.kind ?? 'other';
}

/** The explicit administrative chains in `text` that give a unique gold code for their last unit. */
export function findAdministrativeChains(text: string, lexicon: PlaceLexicon): AdministrativeChain[] {
  if (typeof text !== 'string' || text.length < 4) return [];
  const ix = chainIndex(lexicon);
  const out: AdministrativeChain[] = [];
  let i = 0;
  while (i < text.length - 1) {
    if (!ix.heads.has(text.slice(i, i + 2))) { i++; continue; }
    const chain = longestChainAt(text, i, ix, lexicon);
    if (!chain) {
      // Step over a name written here, so a chain never starts inside a name (海南省 → 南省…).
      const here = readingsAt(text, i, ix, lexicon, false)[0];
      i = here ? here.end : i + 1;
      continue;
    }
    const units = chain.units;
    const last = units[units.length - 1]!;
    i = last.reading.end;
    if (last.live.length !== 1) continue;
    const code = last.live[0]!;
    // Each unit's code under this reading: the one of its live codes that prefixes the gold.
    const written: ChainUnit[] = [];
    for (const u of units) {
      const c = u === last ? code : u.live.find((x) => code.startsWith(x) && x.length < code.length);
      if (!c) break;
      written.push({ start: u.start, end: u.reading.end, name: u.reading.name, code: c });
    }
    if (written.length !== units.length) continue;
    const alone = code.length === 12 ? lexicon.villages().lookup(last.reading.name).length : (ix.full.get(last.reading.name)?.length ?? 0);
    out.push({
      start: units[0]!.start, end: last.reading.end, units: written, code,
      level: levelOfCode(code, lexicon), ambiguous: alone > 1,
    });
  }
  return out;
}

/** A text with chain prefixes removed, and where each kept unit of the original now starts. */
export interface StrippedText {
  /** The rewritten text (every other character kept). */
  readonly text: string;
  /** New start of each removed chain's last unit, aligned with the chains given. */
  readonly starts: readonly number[];
}

/**
 * Removes the prefix of every given chain (江苏省苏州市吴江区 → 吴江区), keeping every other character.
 * Chains must be non-overlapping and in text order (as `findAdministrativeChains` returns them).
 */
export function stripChainPrefixes(text: string, chains: readonly AdministrativeChain[]): StrippedText {
  let out = '';
  let at = 0;
  const starts: number[] = [];
  for (const c of chains) {
    const last = c.units[c.units.length - 1]!;
    out += text.slice(at, c.start);
    starts.push(out.length);
    at = last.start;
  }
  out += text.slice(at);
  return { text: out, starts };
}
