/**
 * createColumnBuilder: documents' table rows → one JSON text per table holding the rows as columns
 * (`{"c0":[…],"c1":[…],…}`, column i of `TABLES` in `store.ts` as `ci`). Built in the worker
 * threads, so a chunk crosses to the main thread as a few strings (cheap to copy) and DuckDB parses
 * them in C++ (`from_json`) instead of the main thread appending value by value. Strings are made
 * well-formed (a lone surrogate becomes U+FFFD, as DuckDB's appender did) and non-finite numbers null.
 */
import type { Cell, DocumentRows } from './document-rows.js';

/** Rows of some documents as column JSON per table name (tables without rows are absent). */
export type ColumnTables = Readonly<Record<string, string>>;

/** Collects documents' rows by column; `finish` returns the column JSON per table. */
export interface ColumnBuilder {
  /** Adds every row of one document. */
  add(rows: DocumentRows): void;
  /** Documents added so far. */
  readonly size: number;
  /** The column JSON per table (see the module comment). */
  finish(): ColumnTables;
}

const wellFormed = (s: string): string => (s as { isWellFormed?: () => boolean }).isWellFormed?.() === false
  ? s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  : s;

function clean(v: Cell | undefined): Cell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return wellFormed(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v.map(wellFormed);
}

/** A new, empty column builder. */
export function createColumnBuilder(): ColumnBuilder {
  const columns = new Map<string, Cell[][]>();
  let size = 0;
  return {
    add(rows) {
      size++;
      for (const table in rows.tables) {
        const list = rows.tables[table]!;
        if (list.length === 0) continue;
        let cols = columns.get(table);
        if (!cols) { cols = list[0]!.map(() => []); columns.set(table, cols); }
        for (const row of list) for (let i = 0; i < cols.length; i++) cols[i]!.push(clean(row[i]));
      }
    },
    get size() { return size; },
    finish() {
      const out: Record<string, string> = {};
      for (const [table, cols] of columns) out[table] = `{${cols.map((c, i) => `"c${i}":${JSON.stringify(c)}`).join(',')}}`;
      return out;
    },
  };
}
