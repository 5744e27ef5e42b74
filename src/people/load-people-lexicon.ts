/**
 * loadPeopleLexicon: the people lexicon files (lexicons/titles.tsv, title-modifiers.txt,
 * title-orgs.txt, surnames.txt, people/manifest.json) → a checked, compiled `PeopleLexicon`.
 * `parsePeopleLexicon` does the same from strings (tests, in-memory resources).
 * Invariants: every malformed line throws `TifaError('resource_parse', …, { file, line })`;
 * a missing file throws `resource_not_found`; the result is immutable and shared read-only.
 */
import { packageRoot } from '../resources/package-root.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TifaError } from '../errors.js';

/** Kinds a title may have in `titles.tsv`; `-` marks a blocker (a longer word that is not a title). */
export const TITLE_KINDS: readonly string[] = [
  'party', 'government', 'congress', 'cppcc', 'court', 'procuratorate', 'police', 'military', 'company', 'bank',
  'media', 'school', 'hospital', 'association', 'sport', 'art', 'religion', 'royal', 'diplomacy', 'occupation',
  'descriptor', 'generic', '-',
];

/** A character trie node: children by UTF-16 unit, `value` when a word ends here. */
export interface TrieNode {
  /** Children keyed by one UTF-16 code unit. */
  readonly next: Map<string, TrieNode>;
  /** Set when a word ends at this node (the title's kind). */
  value?: string;
}

/** The raw text of the four lexicon files and the manifest version. */
export interface PeopleLexiconSources {
  /** `titles.tsv`: `title<TAB>kind` lines. */
  readonly titles: string;
  /** `title-modifiers.txt`: one modifier a line. */
  readonly modifiers: string;
  /** `title-orgs.txt`: one organization prefix a line. */
  readonly orgs: string;
  /** `surnames.txt`: one surname a line. */
  readonly surnames: string;
  /** Version recorded in the manifest (`unversioned` when not given). */
  readonly version?: string;
}

/** The compiled people lexicon: titles, modifiers, organization prefixes and surnames. */
export interface PeopleLexicon {
  /** Title → kind (`party`, `government` … or `-` for a blocker). */
  readonly titles: ReadonlyMap<string, string>;
  /** Trie over `titles` (blockers included) for leftmost-longest matching. */
  readonly titleTrie: TrieNode;
  /** Length of the longest title. */
  readonly maxTitleLength: number;
  /** Modifiers (副, 常务, 首席 …). */
  readonly modifiers: ReadonlySet<string>;
  /** Length of the longest modifier. */
  readonly maxModifierLength: number;
  /** Organization prefixes that attach to titles (市委, 党组, 融媒 …). */
  readonly orgs: ReadonlySet<string>;
  /** Length of the longest organization prefix. */
  readonly maxOrgLength: number;
  /** Common surnames, one- and two-character. */
  readonly surnames: ReadonlySet<string>;
  /** Lexicon version from the manifest. */
  readonly version: string;
}

/** File names of the lexicon, relative to `lexicons/`. */
export const PEOPLE_LEXICON_FILES = {
  titles: 'titles.tsv',
  modifiers: 'title-modifiers.txt',
  orgs: 'title-orgs.txt',
  surnames: 'surnames.txt',
  manifest: 'people/manifest.json',
} as const;

const CJK = /^[\u3400-\u9fff\uf900-\ufaff]+$/u;

/** Directory of the package (the first ancestor of this module holding package.json). */

/** Reads the people lexicon from `<lexiconDir>` (default: the package's `lexicons/`). */
export function loadPeopleLexicon(lexiconDir: string = join(packageRoot(), 'lexicons')): PeopleLexicon {
  const read = (name: string): string => {
    const path = join(lexiconDir, name);
    if (!existsSync(path)) throw new TifaError('resource_not_found', `tifa: lexicons/${name}: file not found`, { file: path });
    return readFileSync(path, 'utf8');
  };
  const manifestText = read(PEOPLE_LEXICON_FILES.manifest);
  let version = 'unversioned';
  try {
    const manifest = JSON.parse(manifestText) as { version?: unknown };
    if (typeof manifest.version === 'string') version = manifest.version;
  } catch (error) {
    throw new TifaError('resource_parse', `tifa: lexicons/${PEOPLE_LEXICON_FILES.manifest}: expected JSON, found invalid text`,
      { file: PEOPLE_LEXICON_FILES.manifest }, { cause: error });
  }
  return parsePeopleLexicon({
    titles: read(PEOPLE_LEXICON_FILES.titles),
    modifiers: read(PEOPLE_LEXICON_FILES.modifiers),
    orgs: read(PEOPLE_LEXICON_FILES.orgs),
    surnames: read(PEOPLE_LEXICON_FILES.surnames),
    version,
  });
}

/** Checks and compiles the lexicon from file contents; throws `resource_parse` with file and line. */
export function parsePeopleLexicon(sources: PeopleLexiconSources): PeopleLexicon {
  const titles = new Map<string, string>();
  const firstLine = new Map<string, number>();
  eachLine(sources.titles, (line, no) => {
    const file = `lexicons/${PEOPLE_LEXICON_FILES.titles}`;
    const cols = line.split('\t');
    if (cols.length !== 2) fail(file, no, `expected 2 columns, found ${cols.length}`);
    const [title, kind] = cols as [string, string];
    if (!isWord(title)) fail(file, no, `expected a title without spaces, found '${title}'`);
    if (!TITLE_KINDS.includes(kind)) fail(file, no, `expected a kind (${TITLE_KINDS.join(', ')}), found '${kind}'`);
    const seen = firstLine.get(title);
    if (seen !== undefined) fail(file, no, `expected each title once, found '${title}' again (first on line ${seen})`);
    firstLine.set(title, no);
    titles.set(title, kind);
  });
  const modifiers = readSet(sources.modifiers, PEOPLE_LEXICON_FILES.modifiers, isWord, 'a modifier without spaces');
  const orgs = readSet(sources.orgs, PEOPLE_LEXICON_FILES.orgs, isWord, 'an organization prefix without spaces');
  const surnames = readSet(sources.surnames, PEOPLE_LEXICON_FILES.surnames,
    (w) => CJK.test(w) && w.length <= 2, 'a surname of 1–2 Chinese characters');
  const titleTrie: TrieNode = { next: new Map() };
  for (const [title, kind] of titles) {
    let node = titleTrie;
    for (const ch of title) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    node.value = kind;
  }
  return {
    titles, titleTrie, maxTitleLength: maxLength(titles.keys()),
    modifiers, maxModifierLength: maxLength(modifiers), orgs, maxOrgLength: maxLength(orgs),
    surnames, version: sources.version ?? 'unversioned',
  };
}

function eachLine(text: string, visit: (line: string, lineNumber: number) => void): void {
  const lines = text.replace(/^\uFEFF/u, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/u, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    visit(line, i + 1);
  }
}

function readSet(text: string, name: string, valid: (word: string) => boolean, expected: string): Set<string> {
  const out = new Set<string>();
  const file = `lexicons/${name}`;
  eachLine(text, (line, no) => {
    const word = line.trim();
    if (!valid(word)) fail(file, no, `expected ${expected}, found '${word}'`);
    if (out.has(word)) fail(file, no, `expected each entry once, found '${word}' again`);
    out.add(word);
  });
  return out;
}

function isWord(word: string): boolean {
  return word.length > 0 && !/\s/u.test(word);
}

function maxLength(words: Iterable<string>): number {
  let max = 0;
  for (const w of words) max = Math.max(max, w.length);
  return max;
}

function fail(file: string, line: number, what: string): never {
  throw new TifaError('resource_parse', `tifa: ${file} line ${line}: ${what}`, { file, line });
}
