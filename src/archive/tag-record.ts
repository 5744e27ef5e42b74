/**
 * annotateRecord: (annotator, archive record) → its table rows, or a reject with the reason;
 * tagChunk: a chunk of records → their rows as column JSON (see `column-batch.ts`) plus rejects.
 * Shared by the worker threads and the in-process path (`workers: 0`); never throws.
 */
import { isTifaError } from '../errors.js';
import type { Annotator } from '../index.js';
import { createColumnBuilder, type ColumnTables } from './column-batch.js';
import { documentRows, type DocumentRows } from './document-rows.js';
import type { ArchiveRecord, ArchiveReject } from './read-archive.js';

/** The outcome of one record. */
export type RecordResult = { readonly ok: true; readonly rows: DocumentRows } | { readonly ok: false; readonly reject: ArchiveReject };

/** The outcome of a chunk of records. */
export interface ChunkResult {
  /** Ids of the records annotated, in input order. */
  readonly ids: readonly string[];
  /** Their rows, as column JSON per table. */
  readonly tables: ColumnTables;
  /** Records refused while annotating. */
  readonly rejects: readonly ArchiveReject[];
}

/** A chunk of records sent to a worker. */
export interface TaskMessage {
  /** Sequence number of the chunk. */
  readonly seq: number;
  /** The records. */
  readonly records: readonly ArchiveRecord[];
}

/** A message from a worker. */
export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'init-error'; readonly message: string }
  | { readonly type: 'result'; readonly seq: number; readonly result: ChunkResult };

/** Annotates one record into rows; a thrown error becomes a reject (the run goes on). */
export function annotateRecord(annotator: Annotator, record: ArchiveRecord): RecordResult {
  try {
    const doc = annotator.annotate(record.text, { id: record.id, date: record.date, ...(record.title !== undefined ? { title: record.title } : {}) });
    return { ok: true, rows: documentRows(record, doc) };
  } catch (err) {
    const reason = isTifaError(err) ? err.message.replace(/^tifa: /, '') : `annotate failed: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, reject: { origin: record.origin, line: record.line, reason, excerpt: record.text.slice(0, 200) } };
  }
}

/** Annotates a chunk of records into column JSON and rejects; never throws. */
export function tagChunk(annotator: Annotator, records: readonly ArchiveRecord[]): ChunkResult {
  const columns = createColumnBuilder();
  const ids: string[] = [];
  const rejects: ArchiveReject[] = [];
  for (const record of records) {
    const r = annotateRecord(annotator, record);
    if (r.ok) { columns.add(r.rows); ids.push(r.rows.id); } else rejects.push(r.reject);
  }
  return { ids, tables: columns.finish(), rejects };
}
