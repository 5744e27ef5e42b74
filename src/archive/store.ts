/**
 * openStore: a DuckDB file → the archive store (documents, entities, people, roles, places,
 * organizations, themes, theme_speakers, times, keywords, terms, candidates, rejects).
 * Invariant: a batch of documents is written in ONE transaction (all its rows in every table, or
 * none), `documents.id` is the primary key, so a killed run leaves whole batches and a rerun skips
 * stored (id, hash) pairs. One writer at a time (DuckDB's file lock); failures are `store_failure`
 * with one line naming the fault (locked, read-only, disk full, file size limit).
 */
import type { DuckDBConnection, DuckDBInstance, DuckDBPreparedStatement, DuckDBValue } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { TifaError } from '../errors.js';
import { createColumnBuilder, type ColumnTables } from './column-batch.js';
import type { DocumentRows } from './document-rows.js';
import type { ArchiveReject } from './read-archive.js';

/** Version of the store schema (kept in `tifa_meta`). */
export const STORE_SCHEMA_VERSION = '1';

/** A column type of the store. */
export type ColumnType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE' | 'VARCHAR[]';

/** A table of the store: columns in row order. */
export interface TableSpec {
  /** Table name. */
  readonly name: string;
  /** What a row is. */
  readonly doc: string;
  /** `[column, type, description]` in row order. */
  readonly columns: readonly (readonly [string, ColumnType, string])[];
}

/** The document-derived tables, in the order rows are written (documents first). */
export const TABLES: readonly TableSpec[] = [
  { name: 'documents', doc: 'one row per stored article', columns: [
    ['id', 'VARCHAR', 'the caller\'s id (primary key; the relative path for files)'], ['hash', 'VARCHAR', 'content hash of date, title and text'],
    ['date', 'DATE', 'publication date (first day of the month/year when only those are known)'], ['date_grain', 'VARCHAR', 'day, month or year'],
    ['title', 'VARCHAR', 'title'], ['source', 'VARCHAR', 'publication'], ['origin', 'VARCHAR', 'input file'], ['line', 'INTEGER', 'line in the input file'],
    ['chars', 'INTEGER', 'length of the text in UTF-16 code units'], ['sentences', 'INTEGER', 'number of sentences'], ['text', 'VARCHAR', 'the text'],
    ['library', 'VARCHAR', 'tifa version that tagged it'], ['warnings', 'VARCHAR', 'pipeline warnings, if any']] },
  { name: 'entities', doc: 'one row per entity mention', columns: [
    ['doc_id', 'VARCHAR', 'documents.id'], ['entity_id', 'VARCHAR', 'id inside the document (e0 …)'], ['label', 'VARCHAR', 'PER, LOC, ORG, TITLE or TIME'],
    ['text', 'VARCHAR', 'surface'], ['normal', 'VARCHAR', 'cleaned surface'], ['subtype', 'VARCHAR', 'finer kind'],
    ['char_start', 'INTEGER', 'start offset'], ['char_end', 'INTEGER', 'end offset (exclusive)'], ['source', 'VARCHAR', 'what produced it']] },
  { name: 'people', doc: 'one row per person per document', columns: [
    ['doc_id', 'VARCHAR', 'documents.id'], ['person_id', 'VARCHAR', 'id inside the document (p0 …)'], ['name', 'VARCHAR', 'canonical name'],
    ['mentions', 'INTEGER', 'number of mentions'], ['speech', 'INTEGER', 'number of reported-speech spans'], ['roles', 'VARCHAR[]', 'role texts (县委书记 …)']] },
  { name: 'roles', doc: 'one row per role of a person', columns: [
    ['doc_id', 'VARCHAR', 'documents.id'], ['person_id', 'VARCHAR', 'people.person_id'], ['name', 'VARCHAR', 'the person\'s name'], ['text', 'VARCHAR', 'role as written'],
    ['title', 'VARCHAR', 'bare title (书记)'], ['org', 'VARCHAR', 'organization prefix (县委)'], ['modifiers', 'VARCHAR[]', 'modifiers (副, 常务)'],
    ['char_start', 'INTEGER', 'start offset'], ['char_end', 'INTEGER', 'end offset'], ['source', 'VARCHAR', 'what linked it']] },
  { name: 'places', doc: 'one row per place per document', columns: [
    ['doc_id', 'VARCHAR', 'documents.id'], ['place_id', 'VARCHAR', 'id inside the document'], ['name', 'VARCHAR', 'name'], ['kind', 'VARCHAR', 'province, city, county …'],
    ['code', 'VARCHAR', 'administrative division code'], ['mentions', 'INTEGER', 'number of mentions']] },
  { name: 'organizations', doc: 'one row per organization per document', columns: [
    ['doc_id', 'VARCHAR', 'documents.id'], ['org_id', 'VARCHAR', 'id inside the document'], ['name', 'VARCHAR', 'name'], ['kind', 'VARCHAR', 'party, government, company …'],
    ['resolved', 'VARCHAR', 'full form of a short name'], ['mentions', 'INTEGER', 'number of mentions']] },
  { name: 'themes', doc: 'one row per policy theme per document', columns: [
    ['doc_id', 'VARCHAR', 'documents.id'], ['theme', 'VARCHAR', 'theme id'], ['name', 'VARCHAR', 'display name (乡村振兴)'], ['category', 'VARCHAR', 'category'],
    ['score', 'DOUBLE', 'salience in [0, 1]'], ['evidence', 'INTEGER', 'number of mentions'], ['first_start', 'INTEGER', 'offset of the first mention'],
    ['speakers', 'VARCHAR[]', 'names of the people whose speech mentions it'], ['source', 'VARCHAR', 'lexicon or classifier']] },
  { name: 'theme_speakers', doc: 'one row per (document, theme, speaker)', columns: [
    ['doc_id', 'VARCHAR', 'documents.id'], ['theme', 'VARCHAR', 'theme id'], ['theme_name', 'VARCHAR', 'theme display name'], ['person_id', 'VARCHAR', 'people.person_id'],
    ['name', 'VARCHAR', 'speaker name'], ['role', 'VARCHAR', 'the speaker\'s first role, if any']] },
  { name: 'times', doc: 'one row per time expression', columns: [
    ['doc_id', 'VARCHAR', 'documents.id'], ['char_start', 'INTEGER', 'start offset'], ['char_end', 'INTEGER', 'end offset'], ['text', 'VARCHAR', 'as written'],
    ['value', 'VARCHAR', 'ISO 8601 value'], ['grain', 'VARCHAR', 'year … minute'], ['kind', 'VARCHAR', 'date, range, duration or vague']] },
  { name: 'keywords', doc: 'one row per keyword of a document', columns: [
    ['doc_id', 'VARCHAR', 'documents.id'], ['word', 'VARCHAR', 'keyword'], ['weight', 'DOUBLE', 'TF-IDF weight']] },
  { name: 'terms', doc: 'the 64 most frequent content words of each document (for clustering)', columns: [
    ['doc_id', 'VARCHAR', 'documents.id'], ['term', 'VARCHAR', 'word'], ['count', 'INTEGER', 'occurrences']] },
  { name: 'candidates', doc: 'one row per candidate new slogan per document', columns: [
    ['doc_id', 'VARCHAR', 'documents.id'], ['phrase', 'VARCHAR', 'phrase'], ['evidence', 'INTEGER', 'occurrences'], ['reason', 'VARCHAR', 'quoted, numbered-formula, recurring']] },
];

/** The rejects table: records that could not be read or annotated (never stops a run). */
export const REJECTS: TableSpec = { name: 'rejects', doc: 'one row per refused input record', columns: [
  ['origin', 'VARCHAR', 'input file'], ['line', 'INTEGER', 'line (0 for a whole file)'], ['reason', 'VARCHAR', 'expected …, found …'],
  ['excerpt', 'VARCHAR', 'first 200 characters of the record'], ['rejected_at', 'VARCHAR', 'ISO time of the run']] };

/** A refused record as stored. */
export type StoredReject = ArchiveReject;

/** An open archive store. */
export interface ArchiveStore {
  /** The database file. */
  readonly path: string;
  /** True when opened read-only. */
  readonly readOnly: boolean;
  /** Stored `id → hash` (the resume set). */
  storedKeys(): Promise<Map<string, string>>;
  /** Writes documents (replacing ids listed in `replace`) and rejects in ONE transaction. */
  writeBatch(docs: readonly DocumentRows[], rejects: readonly ArchiveReject[], replace?: readonly string[]): Promise<void>;
  /** `writeBatch` for documents already turned into column JSON (chunks from `createColumnBuilder`, in order); `docs` counts them. */
  writeColumns(chunks: readonly ColumnTables[], docs: number, rejects: readonly ArchiveReject[], replace?: readonly string[]): Promise<void>;
  /** Runs a query and returns rows as plain JS objects (bigints → numbers, dates → `YYYY-MM-DD`). */
  query<T = Record<string, unknown>>(sql: string, params?: readonly (string | number | null)[]): Promise<T[]>;
  /** Runs a statement without results. */
  run(sql: string, params?: readonly (string | number | null)[]): Promise<void>;
  /**
   * Folds the write-ahead log into the database file. `tifa tag` calls it before closing so that a
   * disk that fills up at this last step is reported (DuckDB's own checkpoint at close fails
   * silently); committed batches stay in the log either way and are read back on the next open.
   */
  checkpoint(): Promise<void>;
  /** Closes the database (the lock is released). */
  close(): void;
}

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** Open for queries only (several readers may share the file; fails if it does not exist). */
  readonly readOnly?: boolean;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** `INSERT` of one table from a JSON list of column chunks (`[{"c0":[…],…},…]`, see `column-batch.ts`) bound as the only parameter. */
export function insertColumnsSql(spec: TableSpec): string {
  const type = JSON.stringify([Object.fromEntries(spec.columns.map(([, t], i) => [`c${i}`, [t === 'VARCHAR[]' ? ['VARCHAR'] : t]]))]);
  return `INSERT INTO ${quote(spec.name)} (${spec.columns.map(([c]) => quote(c)).join(', ')}) SELECT ${spec.columns.map((_, i) => `unnest(s.c${i})`).join(', ')} FROM (SELECT unnest(from_json(?::VARCHAR, '${type}')) AS s)`;
}

/** DDL of one table. */
export function tableDdl(spec: TableSpec): string {
  const cols = spec.columns.map(([c, t]) => `${quote(c)} ${t}${spec.name === 'documents' && c === 'id' ? ' PRIMARY KEY' : ''}${spec.name === 'documents' && (c === 'hash' || c === 'date') ? ' NOT NULL' : ''}`);
  if (spec.name === 'rejects') cols.push('PRIMARY KEY (origin, line)');
  return `CREATE TABLE IF NOT EXISTS ${quote(spec.name)} (${cols.join(', ')})`;
}

function storeError(path: string, err: unknown, doing: string): TifaError {
  const msg = err instanceof Error ? err.message : String(err);
  if (/Could not set lock|Conflicting lock/i.test(msg)) {
    const pid = /PID (\d+)/.exec(msg)?.[1];
    return new TifaError('store_failure', `tifa: ${path}: expected to open the archive for writing, found it locked by another process${pid ? ` (pid ${pid})` : ''}; wait for it to finish or stop it`, { file: path, ...(pid ? { pid: Number(pid) } : {}) }, { cause: err });
  }
  if (/read-only|Read-only|EACCES|Permission denied/i.test(msg)) {
    return new TifaError('store_failure', `tifa: ${path}: expected a writable archive, found a read-only file or directory (${msg.split('\n')[0]}); nothing stored was lost`, { file: path }, { cause: err });
  }
  const kept = doing.startsWith('writing') ? 'the batch was rolled back, stored documents are intact'
    : doing.startsWith('saving') ? `stored documents are intact in the write-ahead log (${path}.wal) and are read back on the next open` : 'stored documents are intact';
  if (/No space left|ENOSPC|disk is full|out of disk|Disk quota exceeded|EDQUOT/i.test(msg)) {
    return new TifaError('store_failure', `tifa: ${path}: expected free disk space, found the disk full while ${doing}; ${kept} — free space and rerun to resume`, { file: path }, { cause: err });
  }
  if (/File too large|EFBIG/i.test(msg)) {
    return new TifaError('store_failure', `tifa: ${path}: expected room to write, found the file size limit reached (ulimit -f) while ${doing}; ${kept} — raise the limit and rerun to resume`, { file: path }, { cause: err });
  }
  return new TifaError('store_failure', `tifa: ${path}: ${doing} failed: ${msg.split('\n')[0]}`, { file: path }, { cause: err });
}

function toPlain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(toPlain);
  return v;
}

/** Opens (creating when writable) an archive store. Throws `store_failure` on a lock, a read-only file or a newer schema. */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<ArchiveStore> {
  const readOnly = options.readOnly === true;
  if (readOnly && !existsSync(path)) {
    throw new TifaError('store_failure', `tifa: ${path}: expected an archive database (made by tifa tag), found no such file`, { file: path });
  }
  const duck = await import('@duckdb/node-api');
  let instance: DuckDBInstance;
  let conn: DuckDBConnection;
  try {
    instance = await duck.DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {});
    conn = await instance.connect();
  } catch (err) {
    throw storeError(path, err, 'opening');
  }
  async function run(sql: string, params?: readonly (string | number | null)[]): Promise<void> {
    await conn.run(sql, params ? (params as DuckDBValue[]) : undefined);
  }
  async function query<T>(sql: string, params?: readonly (string | number | null)[]): Promise<T[]> {
    const reader = await conn.runAndReadAll(sql, params ? (params as DuckDBValue[]) : undefined);
    return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, toPlain(v)])) as T);
  }

  try {
    if (!readOnly) {
      await run('CREATE TABLE IF NOT EXISTS tifa_meta (key VARCHAR PRIMARY KEY, value VARCHAR)');
      for (const t of [...TABLES, REJECTS]) await run(tableDdl(t));
      await run(`INSERT OR IGNORE INTO tifa_meta VALUES ('schema_version', ?)`, [STORE_SCHEMA_VERSION]);
    }
    const meta = await query<{ value: string }>(`SELECT value FROM tifa_meta WHERE key = 'schema_version'`);
    const version = meta[0]?.value;
    if (version !== STORE_SCHEMA_VERSION) {
      throw new TifaError('store_failure', `tifa: ${path}: expected archive schema version ${STORE_SCHEMA_VERSION}, found ${version ?? 'none'}`, { file: path });
    }
  } catch (err) {
    conn.closeSync();
    instance.closeSync();
    if (err instanceof TifaError) throw err;
    throw storeError(path, err, 'preparing the schema');
  }

  const inserts = new Map<string, DuckDBPreparedStatement>(); // prepared on first use
  async function insertColumns(spec: TableSpec, json: string): Promise<void> {
    let statement = inserts.get(spec.name);
    if (!statement) inserts.set(spec.name, statement = await conn.prepare(insertColumnsSql(spec)));
    statement.bindVarchar(1, json);
    await statement.run();
  }
  async function writeColumns(chunks: readonly ColumnTables[], docs: number, rejects: readonly ArchiveReject[], replace: readonly string[] = []): Promise<void> {
    if (readOnly) throw new TifaError('store_failure', `tifa: ${path}: expected a writable store, found it opened read-only`, { file: path });
    if (docs === 0 && rejects.length === 0) return;
    try {
      await run('BEGIN TRANSACTION');
      try {
        if (replace.length) {
          const ph = replace.map(() => '?').join(', ');
          for (const t of TABLES) await run(`DELETE FROM ${quote(t.name)} WHERE ${t.name === 'documents' ? 'id' : 'doc_id'} IN (${ph})`, replace);
        }
        for (const spec of TABLES) {
          const parts = chunks.map((c) => c[spec.name]).filter((j): j is string => j !== undefined);
          if (parts.length) await insertColumns(spec, `[${parts.join(',')}]`);
        }
        const at = new Date().toISOString();
        for (const r of rejects) await run('INSERT OR REPLACE INTO rejects VALUES (?, ?, ?, ?, ?)', [r.origin, r.line, r.reason, r.excerpt, at]);
        await run('COMMIT');
      } catch (err) {
        try { await run('ROLLBACK'); } catch { /* the transaction is already gone */ }
        throw err;
      }
    } catch (err) {
      throw storeError(path, err, `writing a batch of ${docs} documents`);
    }
  }

  let closed = false;
  return {
    path,
    readOnly,
    async storedKeys() {
      const out = new Map<string, string>();
      const reader = await conn.runAndReadAll('SELECT id, hash FROM documents');
      for (const [id, hash] of reader.getRowsJS()) out.set(String(id), String(hash));
      return out;
    },
    writeBatch(docs, rejects, replace = []) {
      const columns = createColumnBuilder();
      for (const d of docs) columns.add(d);
      return writeColumns(docs.length ? [columns.finish()] : [], docs.length, rejects, replace);
    },
    writeColumns,
    query,
    run,
    async checkpoint() {
      if (readOnly) return;
      try {
        await conn.run('CHECKPOINT');
      } catch (err) {
        throw storeError(path, err, 'saving the archive (checkpoint)');
      }
    },
    close() {
      if (closed) return;
      closed = true;
      try { conn.closeSync(); } finally { instance.closeSync(); }
    },
  };
}
