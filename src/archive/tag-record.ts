/**
 * annotateRecord: (annotator, archive record) → its table rows, or a reject with the reason.
 * Shared by the worker threads and the in-process path (`workers: 0`); never throws.
 */
import { isTifaError } from '../errors.js';
import type { Annotator } from '../index.js';
import { documentRows, type DocumentRows } from './document-rows.js';
import type { ArchiveRecord, ArchiveReject } from './read-archive.js';

/** The outcome of one record. */
export type RecordResult = { readonly ok: true; readonly rows: DocumentRows } | { readonly ok: false; readonly reject: ArchiveReject };

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
  | { readonly type: 'result'; readonly seq: number; readonly results: readonly RecordResult[] };

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
