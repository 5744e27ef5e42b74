/**
 * tagArchive: archive inputs → annotated rows in a DuckDB store, in parallel worker threads.
 * Records already stored with the same (id, hash) are skipped, so a rerun resumes; a changed
 * article replaces its old rows. Workers return each chunk's rows as column JSON (DuckDB parses it),
 * so the main thread does little per article; results are written in input order, one transaction
 * per batch, while the next batch is annotated. Bad records go to `rejects`; the run never stops for one.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createAnnotator, type AnnotatorOptions } from '../index.js';
import { TifaError } from '../errors.js';
import { checkEncoding, DEFAULT_ENCODING } from '../encoding.js';
import { countArchive, readArchive, type ArchiveRecord, type ArchiveReject } from './read-archive.js';
import { openStore, type ArchiveStore } from './store.js';
import { tagChunk, type ChunkResult, type TaskMessage, type WorkerMessage } from './tag-record.js';

/** Progress of a tagging run. */
export interface TagProgress {
  /** Records read so far. */
  readonly read: number;
  /** Records finished (stored + skipped + rejected). */
  readonly done: number;
  /** Documents written in this run. */
  readonly stored: number;
  /** Records skipped because they are stored already. */
  readonly skipped: number;
  /** Records refused. */
  readonly rejected: number;
  /** Total records, when counted first (`count: true`). */
  readonly total?: number;
  /** Seconds since the start. */
  readonly seconds: number;
  /** Documents annotated per second so far. */
  readonly rate: number;
}

/** Options of `tagArchive`. */
export interface TagArchiveOptions {
  /** Input paths: JSON lines, CSV, directories or text files (`-` for stdin JSON lines). */
  readonly inputs: readonly string[];
  /** The DuckDB file (created when missing). */
  readonly db: string;
  /** Worker threads (default: all cores); 0 annotates on the calling thread. */
  readonly workers?: number;
  /** Documents per transaction (default 512). */
  readonly batchSize?: number;
  /** Records per message to a worker (default 16). */
  readonly chunkSize?: number;
  /** Annotator options, passed to every worker. */
  readonly annotator?: AnnotatorOptions;
  /** Count the records first so progress has a total (reads the inputs twice). */
  readonly count?: boolean;
  /** Called after every batch and every chunk. */
  readonly onProgress?: (p: TagProgress) => void;
  /** DuckDB memory limit while tagging (default `256MB`). */
  readonly memoryLimit?: string;
  /** Stops reading; what is in flight is finished and written. */
  readonly signal?: AbortSignal;
  /** Encoding of the input files (default UTF-8; gb18030, big5 …). */
  readonly encoding?: string;
}

/** The result of a tagging run. */
export interface TagSummary {
  /** Records read. */
  readonly read: number;
  /** Documents written (new or replaced). */
  readonly stored: number;
  /** Of `stored`, ids whose content changed and were replaced. */
  readonly replaced: number;
  /** Records already stored with the same hash (or repeated in the input). */
  readonly skipped: number;
  /** Records refused (see the `rejects` table). */
  readonly rejected: number;
  /** Worker threads used (0 = in-process). */
  readonly workers: number;
  /** Wall time. */
  readonly seconds: number;
  /** Seconds spent starting (loading the annotator in every worker, opening the store). */
  readonly startupSeconds: number;
  /** Documents annotated and stored per second, after startup. */
  readonly articlesPerSecond: number;
  /** True when stopped by the signal before the end of the input. */
  readonly aborted: boolean;
}

/** Something that annotates chunks of records; results resolve in order of submission. */
interface Tagger {
  run(records: readonly ArchiveRecord[]): Promise<ChunkResult>;
  close(): Promise<void>;
}

function inlineTagger(options: AnnotatorOptions): Tagger {
  const annotator = createAnnotator(options);
  return {
    async run(records) {
      await new Promise<void>((r) => setImmediate(r)); // let progress and signals through
      return tagChunk(annotator, records);
    },
    async close() { /* nothing to release */ },
  };
}

/** The worker script beside this module (exists only in the built package). */
export function workerScript(): URL {
  return new URL('./tag-worker.js', import.meta.url);
}

/** Chunks posted to one worker before the first comes back: the next is already queued when it finishes one. */
const WORKER_DEPTH = 2;

async function workerTagger(n: number, options: AnnotatorOptions): Promise<Tagger> {
  const url = workerScript();
  if (!existsSync(fileURLToPath(url))) {
    throw new TifaError('invalid_option', `tifa: tag: expected the built worker script ${fileURLToPath(url)} for worker threads, found none (run from dist/, or use workers: 0 to annotate in-process)`, { option: 'workers' });
  }
  type Pending = { seq: number; records: readonly ArchiveRecord[]; resolve: (r: ChunkResult) => void; reject: (e: Error) => void };
  const queue: Pending[] = [];
  const slots: { worker: Worker; tasks: Pending[] }[] = [];
  let failure: Error | undefined;
  let seq = 0;
  const pump = (): void => {
    while (queue.length > 0) {
      let slot: (typeof slots)[number] | undefined;
      for (const s of slots) if (s.tasks.length < WORKER_DEPTH && (!slot || s.tasks.length < slot.tasks.length)) slot = s;
      if (!slot) return;
      const task = queue.shift()!;
      slot.tasks.push(task);
      const msg: TaskMessage = { seq: task.seq, records: task.records };
      slot.worker.postMessage(msg);
    }
  };
  const fail = (err: Error): void => {
    failure ??= err;
    for (const s of slots) for (const t of s.tasks.splice(0)) t.reject(failure);
    for (const t of queue.splice(0)) t.reject(failure);
  };
  await Promise.all(Array.from({ length: n }, () => new Promise<void>((resolve, reject) => {
    const worker = new Worker(url, { workerData: { options } });
    const slot = { worker, tasks: [] as Pending[] };
    slots.push(slot);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'ready') resolve();
      else if (m.type === 'init-error') reject(new TifaError('resource_parse', m.message));
      else if (m.type === 'result' && slot.tasks[0]?.seq === m.seq) {
        slot.tasks.shift()!.resolve(m.result);
        pump();
      }
    });
    worker.on('error', (err) => { reject(err); fail(new TifaError('store_failure', `tifa: tag: a worker thread failed: ${err.message}`, {}, { cause: err })); });
    worker.on('exit', (code) => { if (code !== 0) fail(new TifaError('store_failure', `tifa: tag: a worker thread exited with code ${code}`)); });
  }))).catch(async (err) => {
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw err;
  });
  return {
    run(records) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => { queue.push({ seq: seq++, records, resolve, reject }); pump(); });
    },
    async close() {
      await Promise.all(slots.map((s) => { s.worker.removeAllListeners('exit'); return s.worker.terminate(); }));
    },
  };
}

/** A chunk on its way: its result, which of its ids replace stored rows, and whether it must start a new batch. */
interface InFlight {
  readonly result: Promise<ChunkResult>;
  /** Ids stored before (in the store or earlier in this run) with another hash. */
  readonly replacing?: ReadonlySet<string>;
  /** An earlier version of one of its ids is in this run: the batch before it is written first. */
  readonly barrier?: boolean;
}

/** Tags an archive into a store: parallel, resumable, in order; see the module comment. */
export async function tagArchive(options: TagArchiveOptions): Promise<TagSummary> {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0) throw new TifaError('invalid_option', `tifa: tag: --workers: expected a whole number ≥ 0, found ${workers}`, { option: 'workers' });
  const batchSize = Math.max(1, options.batchSize ?? 512);
  const chunkSize = Math.max(1, options.chunkSize ?? 16);
  const encoding = checkEncoding(options.encoding ?? DEFAULT_ENCODING);
  const t0 = performance.now();
  const total = options.count ? await countArchive(options.inputs, encoding) : undefined;
  // Check the inputs exist before taking the store lock (readArchive throws on unusable paths).
  const items = readArchive(options.inputs, encoding);
  const first = await items.next();
  const store: ArchiveStore = await openStore(options.db);
  let tagger: Tagger | undefined;
  let writing: Promise<void> | undefined;
  let read = 0, stored = 0, replaced = 0, skipped = 0, rejected = 0, annotated = 0, queued = 0;
  let aborted = false;
  let t1 = t0;
  try {
    // Tagging only appends: a bounded buffer pool keeps memory flat however large the store grows;
    // one DuckDB thread leaves the other cores to the annotating workers; a checkpoint every 128 MB
    // of log instead of 16 MB, because each one rewrites the tables' partly filled row groups.
    await store.run(`SET memory_limit = '${options.memoryLimit ?? '256MB'}'`);
    await store.run('SET threads = 1');
    await store.run(`SET checkpoint_threshold = '128MB'`);
    const latest = await store.storedKeys(); // id → hash of the version stored or on its way
    const thisRun = new Set<string>(); // ids met in this run
    tagger = workers === 0 ? inlineTagger(options.annotator ?? {}) : await workerTagger(workers, options.annotator ?? {});
    t1 = performance.now();
    const inflight: InFlight[] = [];
    const maxInflight = Math.max(2, workers * WORKER_DEPTH * 2);
    let chunk: ArchiveRecord[] = [];
    let chunkReplacing: Set<string> | undefined;
    let chunkBarrier = false;
    let parts: ChunkResult['tables'][] = [];
    let batchDocs = 0;
    let batchReplace: string[] = [];
    let batchRejects: ArchiveReject[] = [];
    const progress = (): void => {
      const seconds = (performance.now() - t0) / 1000;
      const working = (performance.now() - t1) / 1000;
      options.onProgress?.({ read, done: stored + skipped + rejected + queued + batchDocs + batchRejects.length, stored, skipped, rejected: rejected + batchRejects.length,
        ...(total !== undefined ? { total } : {}), seconds, rate: working > 0 ? annotated / working : 0 });
    };
    // One transaction per batch, in order, while the next batches are annotated: a batch is handed
    // over without waiting unless the one before it is still queued behind a running write.
    const write = async (): Promise<void> => {
      if (batchDocs === 0 && batchRejects.length === 0) return;
      const docs = batchDocs, chunks = parts, rejects = batchRejects, replace = batchReplace;
      parts = [];
      batchDocs = 0;
      batchRejects = [];
      batchReplace = [];
      queued += docs + rejects.length;
      const previous = writing;
      writing = (async () => {
        await previous;
        await store.writeColumns(chunks, docs, rejects, replace);
        queued -= docs + rejects.length;
        stored += docs;
        replaced += replace.length;
        rejected += rejects.length;
        progress();
      })();
      writing.catch(() => { /* awaited by the next write and at the end */ });
      await previous;
    };
    const drainOne = async (): Promise<void> => {
      const entry = inflight.shift()!;
      const r = await entry.result;
      if (entry.barrier) await write();
      if (r.ids.length) {
        parts.push(r.tables);
        batchDocs += r.ids.length;
        annotated += r.ids.length;
        if (entry.replacing) for (const id of r.ids) if (entry.replacing.has(id)) batchReplace.push(id);
      }
      for (const reject of r.rejects) batchRejects.push(reject);
      if (batchDocs + batchRejects.length >= batchSize) await write(); else progress();
    };
    const submit = async (): Promise<void> => {
      if (chunk.length === 0) return;
      inflight.push({ result: tagger!.run(chunk), ...(chunkReplacing ? { replacing: chunkReplacing } : {}), ...(chunkBarrier ? { barrier: true } : {}) });
      chunk = [];
      chunkReplacing = undefined;
      chunkBarrier = false;
      while (inflight.length >= maxInflight) await drainOne();
    };
    for (let it = first; !it.done; it = await items.next()) {
      read++;
      const item = it.value;
      if (!item.ok) {
        // Keep input order: a reject found while reading waits behind the chunks already sent.
        if (inflight.length === 0 && chunk.length === 0) {
          batchRejects.push(item.reject);
          if (batchRejects.length >= batchSize) await write();
        } else {
          await submit();
          inflight.push({ result: Promise.resolve({ ids: [], tables: {}, rejects: [item.reject] }) });
        }
      } else {
        const { id, hash } = item.record;
        const before = latest.get(id);
        if (before === hash) skipped++;
        else {
          if (thisRun.has(id)) { await submit(); chunkBarrier = true; }
          if (before !== undefined) (chunkReplacing ??= new Set()).add(id);
          latest.set(id, hash);
          thisRun.add(id);
          chunk.push(item.record);
          if (chunk.length >= chunkSize) await submit();
        }
      }
      if (options.signal?.aborted) { aborted = true; break; }
    }
    if (aborted) await items.return(undefined);
    await submit();
    while (inflight.length) await drainOne();
    await write();
    await writing;
    await store.checkpoint();
  } finally {
    await writing?.catch(() => { /* reported above */ });
    await tagger?.close();
    store.close();
  }
  const end = performance.now();
  const working = (end - t1) / 1000;
  return { read, stored, replaced, skipped, rejected, workers, seconds: (end - t0) / 1000, startupSeconds: (t1 - t0) / 1000,
    articlesPerSecond: working > 0 ? annotated / working : 0, aborted };
}
