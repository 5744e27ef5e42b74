/**
 * Input for the CLI: files or stdin as checked text, UTF-8 unless told (binary or invalid bytes → a
 * TifaError with one clear line), and JSON-lines records `{ id, text, date?, title? }` streamed line by line.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { checkEncoding, decodeBytes, decodeStream, DEFAULT_ENCODING } from '../tools.js';
import { TifaError } from '../index.js';

/** Reads a file (or `-` for stdin) as text in `encoding` (UTF-8 by default). */
export async function readText(path: string, encoding: string = DEFAULT_ENCODING): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return decodeBytes(Buffer.concat(chunks), 'stdin', encoding);
  }
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new TifaError('invalid_input', `${path}: is a directory, expected a text file`, { file: path });
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof TifaError) throw err;
    throw new TifaError('invalid_input', `${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { file: path });
  }
  return decodeBytes(bytes, path, encoding);
}

/** One JSON-lines record. */
export interface JsonlRecord {
  /** Caller's id. */
  readonly id?: string;
  /** Text to annotate. */
  readonly text: string;
  /** Reference date. */
  readonly date?: string;
  /** Title. */
  readonly title?: string;
}

/** A parsed line or the reason it was refused. */
export type JsonlLine = { ok: true; line: number; record: JsonlRecord } | { ok: false; line: number; error: string };

/** Parses one JSON-lines record. */
export function parseRecord(raw: string, line: number, name: string): JsonlLine {
  let v: unknown;
  try { v = JSON.parse(raw); } catch (err) {
    return { ok: false, line, error: `${name} line ${line}: not JSON (${(err as Error).message})` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, line, error: `${name} line ${line}: expected an object {"id", "text"}, found ${Array.isArray(v) ? 'an array' : typeof v}` };
  const r = v as Record<string, unknown>;
  if (typeof r.text !== 'string') return { ok: false, line, error: `${name} line ${line}: field "text": expected a string, found ${r.text === undefined ? 'nothing' : typeof r.text}` };
  for (const f of ['date', 'title'] as const) {
    if (r[f] !== undefined && r[f] !== null && typeof r[f] !== 'string') return { ok: false, line, error: `${name} line ${line}: field "${f}": expected a string, found ${typeof r[f]}` };
  }
  if (r.id !== undefined && r.id !== null && typeof r.id !== 'string' && typeof r.id !== 'number') return { ok: false, line, error: `${name} line ${line}: field "id": expected a string, found ${typeof r.id}` };
  const record: JsonlRecord = {
    text: r.text,
    ...(r.id !== undefined && r.id !== null ? { id: String(r.id) } : {}),
    ...(typeof r.date === 'string' ? { date: r.date } : {}),
    ...(typeof r.title === 'string' ? { title: r.title } : {}),
  };
  return { ok: true, line, record };
}

/**
 * Streams the records of JSON-lines files (or stdin) in `encoding` (UTF-8 by default), line by line,
 * in constant memory. A byte sequence invalid in the encoding becomes U+FFFD: one bad byte does not
 * stop a stream of records.
 */
export async function* readJsonl(paths: readonly string[], encoding: string = DEFAULT_ENCODING): AsyncGenerator<JsonlLine & { file: string }> {
  for (const path of paths.length ? paths : ['-']) {
    const name = path === '-' ? 'stdin' : path;
    const bytes: Readable = path === '-' ? process.stdin : createReadStream(path);
    const stream = checkEncoding(encoding) === 'utf-8' ? bytes : Readable.from(decodeStream(bytes, name, encoding, false));
    const rl = createInterface({ input: stream, crlfDelay: Infinity });
    let line = 0;
    try {
      for await (const raw of rl) {
        line++;
        if (raw.trim() === '') continue;
        yield { ...parseRecord(raw, line, name), file: name };
      }
    } catch (err) {
      throw new TifaError('invalid_input', `${name}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { file: name });
    }
  }
}
