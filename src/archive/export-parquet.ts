/**
 * exportParquet: (store, directory) → one Parquet file per archive table (`documents.parquet`,
 * `themes.parquet` …), zstd-compressed, readable by Spark, DuckDB, pandas and Polars.
 * The directory is created; existing files of the same names are overwritten.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TifaError } from '../errors.js';
import { REJECTS, TABLES, type ArchiveStore } from './store.js';

/** One exported file. */
export interface ExportedTable {
  /** Table name. */
  readonly table: string;
  /** Parquet file written. */
  readonly file: string;
  /** Rows written. */
  readonly rows: number;
}

/** Exports every archive table as Parquet into `dir`. */
export async function exportParquet(store: ArchiveStore, dir: string): Promise<ExportedTable[]> {
  const out: ExportedTable[] = [];
  try { mkdirSync(dir, { recursive: true }); } catch (err) {
    throw new TifaError('store_failure', `tifa: ${dir}: expected a writable directory for Parquet files, found ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { file: dir });
  }
  for (const t of [...TABLES, REJECTS]) {
    const file = resolve(join(dir, `${t.name}.parquet`));
    try {
      await store.run(`COPY (SELECT * FROM "${t.name}") TO '${file.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
    } catch (err) {
      throw new TifaError('store_failure', `tifa: ${file}: expected to write Parquet, found ${(err as Error).message.split('\n')[0]}`, { file }, { cause: err });
    }
    const [row] = await store.query<{ n: number }>(`SELECT count(*) AS n FROM "${t.name}"`);
    out.push({ table: t.name, file, rows: row?.n ?? 0 });
  }
  return out;
}
