/**
 * The build-time resource cache (`dist/cache/`, written by `scripts/build-cache.ts` at every
 * `npm run build`): tables that are slow to derive from their sources but never change for a given
 * source — jieba's word → POS and IDF tables, the parsed shipped theme files. Each entry carries the
 * key of the source it was derived from (package version and byte length, or the content's sha1);
 * a missing, stale, truncated or corrupt entry is ignored and the table is derived from the source
 * as before, so the cache can only make loading faster, never change a result. (jieba itself
 * caches its prefix dictionary the same way.)
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

const MAGIC = 'TIFA-CACHE-1\n';

/** The cache directory (`<package>/dist/cache`). */
export function cacheDir(): string {
  return join(packageRoot(), 'dist', 'cache');
}

/** A cached binary table: a JSON header and typed arrays. */
export interface CachedTable {
  /** Header fields (always includes `key`). */
  readonly header: Readonly<Record<string, unknown>> & { readonly key: string };
  /** The arrays, in the order they were written. */
  readonly arrays: readonly ArrayBufferView[];
}

type ArrayKind = 'u8' | 'u32' | 'f64';

function kindOf(a: ArrayBufferView): ArrayKind {
  if (a instanceof Uint8Array) return 'u8';
  if (a instanceof Uint32Array) return 'u32';
  if (a instanceof Float64Array) return 'f64';
  throw new TypeError('resource cache: unsupported array type');
}

/** Writes `name` into the cache directory atomically (temporary file + rename). */
export function writeCachedTable(name: string, table: CachedTable, dir = cacheDir()): void {
  mkdirSync(dir, { recursive: true });
  const layout = table.arrays.map((a) => ({ kind: kindOf(a), length: a.byteLength / (a as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT }));
  let head = Buffer.from(MAGIC + JSON.stringify({ ...table.header, layout }) + '\n', 'utf8');
  // Pad the header so every array starts on an 8-byte boundary.
  const pad = (8 - (head.length % 8)) % 8;
  head = Buffer.concat([head, Buffer.alloc(pad, 32)]);
  const parts: Uint8Array[] = [head];
  for (const a of table.arrays) {
    parts.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    const tail = (8 - (a.byteLength % 8)) % 8;
    if (tail) parts.push(Buffer.alloc(tail));
  }
  const file = join(dir, name);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, Buffer.concat(parts));
  renameSync(temp, file);
}

/** Reads `name` when present and derived from `key`; null otherwise (missing, stale or damaged). */
export function readCachedTable(name: string, key: string, dir = cacheDir()): CachedTable | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, name));
  } catch {
    return null;
  }
  try {
    if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
    const nl = bytes.indexOf(10, MAGIC.length);
    if (nl < 0) return null;
    const header = JSON.parse(bytes.toString('utf8', MAGIC.length, nl)) as { key?: unknown; layout?: { kind: ArrayKind; length: number }[] };
    if (header.key !== key || !Array.isArray(header.layout)) return null;
    let offset = nl + 1;
    offset += (8 - (offset % 8)) % 8;
    // Large files get a buffer of their own, 8-aligned: view it in place. Otherwise (a small file
    // from Node's shared pool) copy into an aligned buffer.
    let body: ArrayBuffer;
    let at = 0;
    if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length && offset % 8 === 0) {
      body = bytes.buffer as ArrayBuffer;
      at = offset;
    } else {
      body = new ArrayBuffer(bytes.length - offset);
      new Uint8Array(body).set(bytes.subarray(offset));
    }
    const arrays: ArrayBufferView[] = [];
    for (const { kind, length } of header.layout) {
      const size = kind === 'u8' ? 1 : kind === 'u32' ? 4 : kind === 'f64' ? 8 : 0;
      if (size === 0 || !Number.isInteger(length) || length < 0 || at + length * size > body.byteLength) return null;
      arrays.push(kind === 'u8' ? new Uint8Array(body, at, length) : kind === 'u32' ? new Uint32Array(body, at, length) : new Float64Array(body, at, length));
      at += length * size;
      at += (8 - (at % 8)) % 8;
    }
    if (at !== body.byteLength) return null;
    return { header: header as CachedTable['header'], arrays };
  } catch {
    return null;
  }
}

/** Reads a cached JSON value derived from `key`; null when missing, stale or damaged. */
export function readCachedJson<T>(name: string, key: string, dir = cacheDir()): T | null {
  try {
    const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { key?: unknown; value?: T };
    return data.key === key && data.value !== undefined ? data.value : null;
  } catch {
    return null;
  }
}

/** Writes a JSON value with its key, atomically. */
export function writeCachedJson(name: string, key: string, value: unknown, dir = cacheDir()): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ key, value }));
  renameSync(temp, file);
}
