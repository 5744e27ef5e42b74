/**
 * readArchive: input paths → a stream of checked archive records or rejects, in input order.
 * JSON lines (`.jsonl`, `.ndjson`, `.json`, `-` for stdin), CSV (`.csv`, header row, RFC 4180
 * quoting with embedded newlines) and directories or single `.txt`/`.md` files (date from front
 * matter or from a `YYYY-MM-DD` / `YYYY` in the file name). Never throws on a bad record: it
 * becomes `{ ok: false, reject }` with file, line and reason; memory stays constant per record.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { checkEncoding, decodeBytes, decodeStream, DEFAULT_ENCODING, encodingLabel } from '../encoding.js';
import { TifaError } from '../errors.js';

/** Granularity of an archive date: a full day, a month or only a year. */
export type DateGrain = 'day' | 'month' | 'year';

/** One checked archive record, ready to annotate. */
export interface ArchiveRecord {
  /** Caller's id (the relative path for files). */
  readonly id: string;
  /** Date `YYYY-MM-DD` (the first day of the month or year when only those are known). */
  readonly date: string;
  /** How much of `date` was given. */
  readonly dateGrain: DateGrain;
  /** Title, when given. */
  readonly title?: string;
  /** The text to annotate. */
  readonly text: string;
  /** Publication (the record's `source` field), when given. */
  readonly source?: string;
  /** The file the record came from (`-` for stdin). */
  readonly origin: string;
  /** 1-based line of the record in `origin` (1 for text files). */
  readonly line: number;
  /** Content hash (sha256 prefix of date, title and text): a changed article is re-tagged. */
  readonly hash: string;
}

/** A record that could not be read, with its reason. */
export interface ArchiveReject {
  /** The file. */
  readonly origin: string;
  /** 1-based line (0 when the whole file is refused). */
  readonly line: number;
  /** Why, `expected …, found …`. */
  readonly reason: string;
  /** The first 200 characters of the raw record. */
  readonly excerpt: string;
}

/** One item of the archive stream. */
export type ArchiveItem = { readonly ok: true; readonly record: ArchiveRecord } | { readonly ok: false; readonly reject: ArchiveReject };

const TEXT_EXT = new Set(['.txt', '.md']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson', '.json']);

/** Content hash of a record: 16 hex digits of sha256 over date, title and text. */
export function contentHash(date: string, title: string | undefined, text: string): string {
  return createHash('sha256').update(date).update('\u0000').update(title ?? '').update('\u0000').update(text).digest('hex').slice(0, 16);
}

/** Parses an archive date (`2023`, `2023-03`, `2023-03-24`, `2023/3/24`, `2023年3月24日`) → `{ date, grain }` or undefined. */
export function parseArchiveDate(raw: string): { date: string; grain: DateGrain } | undefined {
  const m = /^\s*(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?\s*月?)?\s*年?\s*(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(raw);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? 1 : Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return undefined;
  const date = `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { date, grain: m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year' };
}

/** Finds a date in a file name: `2023-03-24`, `20230324`, `2023-03`, or a bare year `2018`. */
export function dateFromFileName(name: string): { date: string; grain: DateGrain } | undefined {
  const stem = basename(name, extname(name));
  const full = /(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/.exec(stem);
  if (full) { const d = parseArchiveDate(`${full[1]}-${full[2]}-${full[3]}`); if (d) return d; }
  const month = /(?<!\d)(\d{4})[-_.](\d{2})(?!\d)/.exec(stem);
  if (month) { const d = parseArchiveDate(`${month[1]}-${month[2]}`); if (d) return d; }
  const year = /(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)/.exec(stem);
  return year ? parseArchiveDate(year[1]!) : undefined;
}

/** Splits `---\nkey: value\n---\n` front matter from a text file; keys are lower-cased, quotes stripped. */
export function splitFrontMatter(text: string): { fields: Record<string, string>; body: string } {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { fields: {}, body: text };
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (kv) fields[kv[1]!.toLowerCase()] = kv[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return { fields, body: text.slice(m[0].length) };
}

const excerpt = (raw: string): string => raw.length > 200 ? `${raw.slice(0, 200)}…` : raw;

/** Checks raw fields (from JSON or CSV) → a record or the reason it is refused. */
export function checkFields(fields: Readonly<Record<string, unknown>>, origin: string, line: number, raw: string): ArchiveItem {
  const reject = (reason: string): ArchiveItem => ({ ok: false, reject: { origin, line, reason, excerpt: excerpt(raw) } });
  const { id, date, title, text, source } = fields;
  if (typeof id !== 'string' && typeof id !== 'number') return reject(`field "id": expected a string, found ${id === undefined || id === null ? 'nothing' : typeof id}`);
  const idText = String(id).trim();
  if (idText === '') return reject('field "id": expected a non-empty string, found ""');
  if (typeof text !== 'string') return reject(`field "text": expected a string, found ${text === undefined || text === null ? 'nothing' : typeof text}`);
  if (text.trim() === '') return reject('field "text": expected some text, found only whitespace');
  if (typeof date !== 'string' && typeof date !== 'number') return reject(`field "date": expected YYYY-MM-DD, YYYY-MM or YYYY, found ${date === undefined || date === null ? 'nothing' : typeof date}`);
  const parsed = parseArchiveDate(String(date));
  if (!parsed) return reject(`field "date": expected YYYY-MM-DD, YYYY-MM or YYYY, found ${JSON.stringify(String(date).slice(0, 40))}`);
  for (const [name, v] of [['title', title], ['source', source]] as const) {
    if (v !== undefined && v !== null && typeof v !== 'string') return reject(`field "${name}": expected a string, found ${typeof v}`);
  }
  const t = typeof title === 'string' && title !== '' ? title : undefined;
  const s = typeof source === 'string' && source !== '' ? source : undefined;
  return {
    ok: true,
    record: {
      id: idText, date: parsed.date, dateGrain: parsed.grain, text, origin, line,
      ...(t !== undefined ? { title: t } : {}), ...(s !== undefined ? { source: s } : {}),
      hash: contentHash(parsed.date, t, text),
    },
  };
}

/** Parses one JSON line → a record or a reject. */
export function parseJsonRecord(raw: string, origin: string, line: number): ArchiveItem {
  let v: unknown;
  try { v = JSON.parse(raw); } catch (err) {
    return { ok: false, reject: { origin, line, reason: `expected a JSON object, found invalid JSON (${(err as Error).message})`, excerpt: excerpt(raw) } };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return { ok: false, reject: { origin, line, reason: `expected a JSON object {"id", "date", "text"}, found ${Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v}`, excerpt: excerpt(raw) } };
  }
  return checkFields(v as Record<string, unknown>, origin, line, raw);
}

async function* readLines(input: Readable): AsyncGenerator<string> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  try { for await (const line of rl) yield line; } finally { rl.close(); }
}

/** The text of a file (or stdin) as a stream of strings; a byte sequence invalid in `encoding` becomes U+FFFD. */
function openStream(path: string, encoding: string): Readable {
  if (checkEncoding(encoding) === 'utf-8') return path === '-' ? process.stdin.setEncoding('utf8') : createReadStream(path, { encoding: 'utf8' });
  return Readable.from(decodeStream(path === '-' ? process.stdin : createReadStream(path), path, encoding, false));
}

async function* readJsonlFile(path: string, encoding: string): AsyncGenerator<ArchiveItem> {
  let n = 0;
  for await (const raw of readLines(openStream(path, encoding))) {
    n++;
    const line = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.trim() === '') continue;
    yield parseJsonRecord(line, path, n);
  }
}

/** One CSV row with the line it starts on. */
export interface CsvRow {
  /** Cells, unquoted. */
  readonly cells: string[];
  /** 1-based line where the row starts. */
  readonly line: number;
  /** The raw row text (for rejects). */
  readonly raw: string;
  /** A quoting error, when the row is malformed. */
  readonly error?: string;
}

/** A streaming RFC 4180 CSV parser: quoted cells with `""` escapes, embedded newlines, CRLF or LF. */
export function createCsvParser(): { push(chunk: string): CsvRow[]; end(): CsvRow[] } {
  let cells: string[] = [];
  let cell = '';
  let raw = '';
  let quoted = false;      // inside a quoted cell
  let afterQuote = false;  // just closed a quote (a `"` next means an escaped quote)
  let wasQuoted = false;   // the current cell was quoted
  let error: string | undefined;
  let line = 1;
  let rowLine = 1;
  let pendingCR = false;
  const rows: CsvRow[] = [];
  const endRow = (): void => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '' && !wasQuoted)) rows.push({ cells, line: rowLine, raw, ...(error ? { error } : {}) });
    cells = []; cell = ''; raw = ''; wasQuoted = false; afterQuote = false; error = undefined; rowLine = line;
  };
  const feed = (ch: string): void => {
    if (quoted) {
      if (ch === '"') { quoted = false; afterQuote = true; } else cell += ch;
      if (ch === '\n') line++;
      raw += ch;
      return;
    }
    if (afterQuote && ch === '"') { cell += '"'; quoted = true; afterQuote = false; raw += ch; return; }
    afterQuote = false;
    if (ch === ',') { cells.push(cell); cell = ''; wasQuoted = false; raw += ch; return; }
    if (ch === '\n') { line++; endRow(); return; }
    if (ch === '"') {
      if (cell === '' && !wasQuoted) { quoted = true; wasQuoted = true; } else { error ??= `expected a quote only at the start of a cell, found one inside cell ${cells.length + 1}`; cell += ch; }
      raw += ch;
      return;
    }
    if (wasQuoted) error ??= `expected a comma after the closing quote of cell ${cells.length + 1}, found ${JSON.stringify(ch)}`;
    cell += ch;
    raw += ch;
  };
  return {
    push(chunk: string): CsvRow[] {
      rows.length = 0;
      for (let i = 0; i < chunk.length; i++) {
        const ch = chunk[i]!;
        if (pendingCR) { pendingCR = false; if (ch !== '\n') feed('\n'); }
        if (ch === '\r' && !quoted) { pendingCR = true; continue; }
        feed(ch);
      }
      return rows.splice(0);
    },
    end(): CsvRow[] {
      rows.length = 0;
      if (pendingCR) { pendingCR = false; feed('\n'); }
      if (quoted) { error ??= 'expected a closing quote, found the end of the file'; quoted = false; }
      if (cell !== '' || cells.length > 0 || wasQuoted) endRow();
      return rows.splice(0);
    },
  };
}

async function* readCsvFile(path: string, encoding: string): AsyncGenerator<ArchiveItem> {
  const parser = createCsvParser();
  let header: string[] | undefined;
  function* handle(rows: CsvRow[]): Generator<ArchiveItem> {
    for (const row of rows) {
      if (!header) {
        header = row.cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim().toLowerCase());
        if (!header.includes('text')) yield { ok: false, reject: { origin: path, line: row.line, reason: `expected a header row with columns id, date, text (title, source optional), found ${JSON.stringify(row.cells.join(',').slice(0, 80))}`, excerpt: excerpt(row.raw) } };
        continue;
      }
      if (!header.includes('text')) continue;
      if (row.error) { yield { ok: false, reject: { origin: path, line: row.line, reason: row.error, excerpt: excerpt(row.raw) } }; continue; }
      if (row.cells.length !== header.length) {
        yield { ok: false, reject: { origin: path, line: row.line, reason: `expected ${header.length} cells, found ${row.cells.length}`, excerpt: excerpt(row.raw) } };
        continue;
      }
      const fields: Record<string, string> = {};
      header.forEach((h, i) => { fields[h] = row.cells[i]!; });
      yield checkFields(fields, path, row.line, row.raw);
    }
  }
  for await (const chunk of openStream(path, encoding)) yield* handle(parser.push(String(chunk)));
  yield* handle(parser.end());
}

/** Reads one text file of a directory archive in `encoding` (UTF-8 by default) → a record or a reject. */
export function readTextFile(path: string, id: string, encoding: string = DEFAULT_ENCODING): ArchiveItem {
  const reject = (reason: string, raw = ''): ArchiveItem => ({ ok: false, reject: { origin: path, line: 0, reason, excerpt: excerpt(raw) } });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return reject(`expected a readable file, found ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let text: string;
  try {
    text = decodeBytes(bytes, path, encoding);
  } catch (err) {
    if (!(err instanceof TifaError)) throw err;
    return reject(`expected ${encodingLabel(String(err.details.encoding))} text, found ${String(err.details.found)}`);
  }
  const { fields, body } = splitFrontMatter(text);
  let date: { date: string; grain: DateGrain } | undefined;
  if (fields.date !== undefined) {
    date = parseArchiveDate(fields.date);
    if (!date) return reject(`front matter "date": expected YYYY-MM-DD, YYYY-MM or YYYY, found ${JSON.stringify(fields.date.slice(0, 40))}`, text);
  } else date = dateFromFileName(path);
  if (!date) return reject('expected a date in the front matter or a YYYY-MM-DD / YYYY in the file name, found none', text);
  const checked = checkFields({ id: fields.id ?? id, date: date.date, text: body, title: fields.title, source: fields.source }, path, 1, text);
  if (!checked.ok) return checked;
  return { ok: true, record: { ...checked.record, dateGrain: date.grain } };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.isFile() && TEXT_EXT.has(extname(entry.name).toLowerCase())) out.push(p);
  }
  return out;
}

/** Kind of an input path. */
export function inputKind(path: string): 'jsonl' | 'csv' | 'dir' | 'text' {
  if (path === '-') return 'jsonl';
  let st;
  try { st = statSync(path); } catch {
    throw new TifaError('invalid_input', `tifa: ${path}: expected an archive file or directory, found nothing there`, { file: path });
  }
  if (st.isDirectory()) return 'dir';
  const ext = extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) return 'jsonl';
  if (ext === '.csv') return 'csv';
  if (TEXT_EXT.has(ext)) return 'text';
  throw new TifaError('invalid_input', `tifa: ${path}: expected .jsonl, .ndjson, .json, .csv, .txt, .md or a directory, found ${ext || 'no extension'}`, { file: path });
}

/**
 * Streams every record of the inputs, read in `encoding` (UTF-8 by default), in order. Throws only
 * when an input path itself is unusable (checked up front).
 */
export async function* readArchive(inputs: readonly string[], encoding: string = DEFAULT_ENCODING): AsyncGenerator<ArchiveItem> {
  const kinds = inputs.map((p) => inputKind(p));
  for (let i = 0; i < inputs.length; i++) {
    const path = inputs[i]!;
    switch (kinds[i]) {
      case 'jsonl': yield* readJsonlFile(path, encoding); break;
      case 'csv': yield* readCsvFile(path, encoding); break;
      case 'text': yield readTextFile(path, basename(path), encoding); break;
      case 'dir':
        for (const file of walk(path)) yield readTextFile(file, relative(path, file).split(sep).join('/'), encoding);
        break;
    }
  }
}

/** Counts the records of the inputs (for a progress bar's total); reads everything once. */
export async function countArchive(inputs: readonly string[], encoding: string = DEFAULT_ENCODING): Promise<number> {
  let n = 0;
  for await (const _ of readArchive(inputs, encoding)) n++;
  return n;
}
