/**
 * Archive faults during `tifa tag` (built CLI, --workers 1, --batch 16): a read-only database file,
 * a read-only directory, a read-only file system, a full disk and a file size limit. Each ends
 * with exit 1 and ONE line on stderr naming the fault, and the store reopened afterwards holds
 * every row committed before the fault, consistent across tables (per-document row counts equal
 * those of a clean run); after a mid-run fault a rerun resumes to exactly the clean store.
 *
 * How each fault is produced, for real, whoever runs the tests:
 * - read-only file or directory: permission bits, with the CLI run as user 65534 (nobody) when
 *   the tests run as root (root ignores permission bits, so chmod alone would test nothing);
 * - read-only file system (EROFS) and full disk (ENOSPC): a read-only bind mount and a small
 *   tmpfs in a private mount namespace (`unshare -m`, or `-r -m` for a normal user) when the
 *   machine allows one — probed below, and the test says so when it cannot run;
 * - file size limit (EFBIG), everywhere: `ulimit -f` in the shell that execs the CLI (SIGXFSZ
 *   ignored), so every write past the limit fails mid-run exactly as a write to a full disk does.
 */
import { spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArticles, openStore, TABLES } from '../../src/archive/index.js';
import { ROOT } from '../helpers/data.js';
import { buildIfStale, CLI, tifa } from './cli-runner.js';
import { tempDir } from './fixtures.js';

const IS_ROOT = process.getuid?.() === 0;
/** As root, the faulted CLI runs as nobody so that permission bits bind. */
const UNPRIVILEGED: SpawnSyncOptions = IS_ROOT ? { uid: 65534, gid: 65534 } : {};
const UNSHARE = IS_ROOT ? ['-m'] : ['-r', '-m'];

/**
 * Whether the unprivileged CLI can read this checkout at all: a clone inside a private directory
 * (such as /root) is unreadable to nobody, and the permission tests then cannot say anything.
 */
function unprivilegedCanRun(): boolean {
  if (!IS_ROOT) return true;
  const r = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)}, require('fs').constants.R_OK)`], { ...UNPRIVILEGED, encoding: 'utf8' });
  return r.status === 0;
}
const UNPRIVILEGED_RUNS = unprivilegedCanRun();
const PRIVATE_CHECKOUT = ' — skipped: user nobody cannot read this checkout (cloned inside a private directory)';
const TAG = ['--workers', '1', '--batch', '16'];

/** True when this machine lets us mount a tmpfs and a read-only bind mount in a private namespace. */
function canMount(): boolean {
  const dir = tempDir();
  const r = spawnSync('unshare', [...UNSHARE, 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$0" && mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && ! touch "$0/x" 2>/dev/null', dir], { encoding: 'utf8' });
  return r.status === 0;
}
const MOUNTS = canMount();

/** Bytes per `ulimit -f` block in this sh (512 by POSIX, 1024 in bash), read back from /proc. */
function ulimitBlock(): number {
  const r = spawnSync('sh', ['-c', 'ulimit -f 8 && cat /proc/self/limits'], { encoding: 'utf8' });
  const bytes = Number(/Max file size\s+(\d+)/.exec(r.stdout)?.[1]);
  return Number.isFinite(bytes) && bytes > 0 ? bytes / 8 : 512;
}

/** Per-document rows of every table, the stored hashes, and rows whose document is missing. */
interface Snapshot {
  docs: Record<string, string>;
  rows: Record<string, Record<string, number>>;
  orphans: Record<string, number>;
}

async function snapshot(db: string): Promise<Snapshot> {
  const s = await openStore(db, { readOnly: true });
  try {
    const docs = Object.fromEntries((await s.query<{ id: string; hash: string }>('SELECT id, hash FROM documents ORDER BY id')).map((r) => [r.id, r.hash]));
    const rows: Snapshot['rows'] = {};
    const orphans: Snapshot['orphans'] = {};
    for (const t of TABLES.filter((t) => t.name !== 'documents')) {
      rows[t.name] = Object.fromEntries((await s.query<{ id: string; n: number }>(`SELECT doc_id AS id, count(*) AS n FROM ${t.name} GROUP BY doc_id ORDER BY doc_id`)).map((r) => [r.id, r.n]));
      orphans[t.name] = (await s.query<{ n: number }>(`SELECT count(*) AS n FROM ${t.name} WHERE doc_id NOT IN (SELECT id FROM documents)`))[0]!.n;
    }
    return { docs, rows, orphans };
  } finally {
    s.close();
  }
}

/** The part of a snapshot that concerns `ids`. */
function restrict(snap: Snapshot, ids: readonly string[]): Snapshot {
  const keep = new Set(ids);
  const pick = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).filter(([k]) => keep.has(k)));
  return { docs: pick(snap.docs), rows: Object.fromEntries(Object.entries(snap.rows).map(([t, r]) => [t, pick(r)])), orphans: snap.orphans };
}

let work = '';
let batchB = '';
let base = '';
let idsA: string[] = [];
let idsB: string[] = [];
let baseSnap: Snapshot;
let cleanSnap: Snapshot;

/** A fresh directory holding a copy of the base store (the first 80 articles, committed). */
function copyOfBase(name = 'x.duckdb'): { dir: string; db: string } {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  const db = join(dir, name);
  copyFileSync(base, db);
  if (existsSync(`${base}.wal`)) copyFileSync(`${base}.wal`, `${db}.wal`);
  return { dir, db };
}

/** Exit 1 and one stderr line matching `message`. */
function expectOneLineFailure(r: SpawnSyncReturns<string>, message: RegExp): void {
  expect(r.error).toBeUndefined();
  expect(r.status, r.stderr).toBe(1);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(message);
}

/** The store holds the base articles untouched, a prefix of the second input, whole documents only, no orphans. */
async function expectCommittedBeforeFault(db: string): Promise<number> {
  const snap = await snapshot(db);
  const storedB = Object.keys(snap.docs).filter((id) => !idsA.includes(id)).sort();
  expect(restrict(snap, idsA)).toEqual(baseSnap);
  expect(storedB).toEqual(idsB.slice(0, storedB.length));
  expect(restrict(snap, [...idsA, ...storedB])).toEqual(restrict(cleanSnap, [...idsA, ...storedB]));
  expect(Object.values(snap.orphans).every((n) => n === 0), JSON.stringify(snap.orphans)).toBe(true);
  return storedB.length;
}

/** A rerun with the fault gone stores the rest: the store equals the clean run. */
async function expectResumes(db: string): Promise<void> {
  const r = tifa(['tag', batchB, '--db', db, ...TAG, '--json']);
  expect(r.status, r.stderr).toBe(0);
  expect(await snapshot(db)).toEqual(cleanSnap);
}

beforeAll(async () => {
  buildIfStale();
  work = tempDir();
  chmodSync(work, 0o755);
  const articles = [...generateArticles(320, { seed: 5 })];
  idsA = articles.slice(0, 80).map((a) => a.id).sort();
  idsB = articles.slice(80).map((a) => a.id).sort();
  const batchA = join(work, 'a.jsonl');
  batchB = join(work, 'b.jsonl');
  writeFileSync(batchA, articles.slice(0, 80).map((a) => JSON.stringify(a)).join('\n') + '\n');
  writeFileSync(batchB, articles.slice(80).map((a) => JSON.stringify(a)).join('\n') + '\n');
  base = join(work, 'base.duckdb');
  const first = tifa(['tag', batchA, '--db', base, ...TAG]);
  expect(first.status, first.stderr).toBe(0);
  const clean = copyOfBase('clean.duckdb').db;
  const rest = tifa(['tag', batchB, '--db', clean, ...TAG]);
  expect(rest.status, rest.stderr).toBe(0);
  baseSnap = await snapshot(base);
  cleanSnap = await snapshot(clean);
  expect(Object.keys(cleanSnap.docs)).toHaveLength(320);
}, 240_000);

describe('archive faults during tifa tag (built CLI)', () => {
  it.skipIf(!UNPRIVILEGED_RUNS)(`read-only database file${IS_ROOT ? ' (CLI run as nobody: root ignores permission bits)' : ''}: exit 1, one line, store untouched${UNPRIVILEGED_RUNS ? '' : PRIVATE_CHECKOUT}`, async () => {
    const { dir, db } = copyOfBase();
    chmodSync(dir, 0o777);
    chmodSync(db, 0o444);
    const r = tifa(['tag', batchB, '--db', db, ...TAG], 120_000, UNPRIVILEGED);
    expectOneLineFailure(r, /x\.duckdb: expected a writable archive, found a read-only file or directory \(.*Permission denied\); nothing stored was lost$/);
    expect(await snapshot(db)).toEqual(baseSnap);
  });

  it.skipIf(!UNPRIVILEGED_RUNS)(`read-only directory${IS_ROOT ? ' (CLI run as nobody)' : ''}: the write-ahead log cannot be created; exit 1, one line, store untouched${UNPRIVILEGED_RUNS ? '' : PRIVATE_CHECKOUT}`, async () => {
    const { dir, db } = copyOfBase();
    chmodSync(db, 0o666);
    chmodSync(dir, 0o555);
    try {
      const r = tifa(['tag', batchB, '--db', db, ...TAG], 120_000, UNPRIVILEGED);
      expectOneLineFailure(r, /x\.duckdb: expected a writable archive, found a read-only file or directory \(.*x\.duckdb\.wal.*Permission denied\); nothing stored was lost$/);
      expect(existsSync(`${db}.wal`)).toBe(false);
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(await snapshot(db)).toEqual(baseSnap);
  });

  it('file size limit reached mid-run (ulimit -f, EFBIG): exit 1, one line, committed batches kept, rerun resumes', async () => {
    const { db } = copyOfBase();
    // The WAL of the second input grows ~60 KB per batch of 16; 300 KB lets a few batches commit.
    const blocks = Math.floor(300_000 / ulimitBlock());
    const r = spawnSync('sh', ['-c', 'trap "" XFSZ; ulimit -f "$0" && exec "$@"', String(blocks), process.execPath, CLI, 'tag', batchB, '--db', db, ...TAG],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
    expectOneLineFailure(r, /x\.duckdb: expected room to write, found the file size limit reached \(ulimit -f\) while writing a batch of \d+ documents; the batch was rolled back, stored documents are intact — raise the limit and rerun to resume$/);
    const kept = await expectCommittedBeforeFault(db);
    expect(kept, 'the limit should let some batches commit, not all').toBeGreaterThan(0);
    expect(kept).toBeLessThan(idsB.length);
    await expectResumes(db);
  }, 240_000);

  it.runIf(MOUNTS)('full disk mid-run (a tmpfs with ~300 KB free, ENOSPC): exit 1, one line, committed batches kept, rerun resumes', async () => {
    const { dir, db } = copyOfBase('seed.duckdb');
    const mnt = join(dir, 'mnt');
    const out = join(dir, 'out');
    mkdirSync(mnt);
    mkdirSync(out);
    const kib = Math.ceil((statSync(db).size + 300_000) / 1024);
    // Inside the namespace: mount, copy the store in, tag, copy the store (and its WAL) back out.
    const script = 'mount -t tmpfs -o size="$0"k tmpfs "$1" && cp "$2" "$1/x.duckdb" && "$4" "$5" tag "$6" --db "$1/x.duckdb" --workers 1 --batch 16; code=$?; cp "$1"/x.duckdb* "$3"/; exit $code';
    const r = spawnSync('unshare', [...UNSHARE, 'sh', '-c', script, String(kib), mnt, db, out, process.execPath, CLI, batchB],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
    expectOneLineFailure(r, /x\.duckdb: expected free disk space, found the disk full while writing a batch of \d+ documents; the batch was rolled back, stored documents are intact — free space and rerun to resume$/);
    const moved = join(out, 'x.duckdb');
    const kept = await expectCommittedBeforeFault(moved);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(idsB.length);
    await expectResumes(moved);
  }, 240_000);

  it.runIf(MOUNTS)('full disk at the final checkpoint (the batches fit the write-ahead log, the checkpoint does not): exit 1, one line naming the log; reopening reads every document back', async () => {
    // A fresh store in a tmpfs somewhat smaller than the finished store: the committed batches go
    // to the write-ahead log, the checkpoint that folds them into the file runs out of space. The
    // exact size depends on DuckDB's block allocation, so a few sizes are tried.
    const finished = statSync(base).size;
    let hit: { out: string; r: SpawnSyncReturns<string> } | undefined;
    for (const f of [0.85, 0.75, 0.95, 0.65]) {
      const dir = tempDir();
      const mnt = join(dir, 'mnt');
      const out = join(dir, 'out');
      mkdirSync(mnt);
      mkdirSync(out);
      const script = 'mount -t tmpfs -o size="$0"k tmpfs "$1" && "$3" "$4" tag "$5" --db "$1/x.duckdb" --workers 1 --batch 16; code=$?; cp "$1"/x.duckdb* "$2"/; exit $code';
      const r = spawnSync('unshare', [...UNSHARE, 'sh', '-c', script, String(Math.floor((finished * f) / 1024)), mnt, out, process.execPath, CLI, join(work, 'a.jsonl')],
        { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
      if (/while saving the archive \(checkpoint\)/.test(r.stderr)) { hit = { out, r }; break; }
    }
    expect(hit, 'no tmpfs size made the final checkpoint fail').toBeDefined();
    expectOneLineFailure(hit!.r, /x\.duckdb: expected free disk space, found the disk full while saving the archive \(checkpoint\); stored documents are intact in the write-ahead log \(.*x\.duckdb\.wal\) and are read back on the next open — free space and rerun to resume$/);
    expect(await snapshot(join(hit!.out, 'x.duckdb'))).toEqual(baseSnap);
  }, 480_000);

  it.runIf(MOUNTS)('read-only file system (a read-only bind mount, EROFS): exit 1, one line, store untouched', async () => {
    const { dir, db } = copyOfBase();
    const r = spawnSync('unshare', [...UNSHARE, 'sh', '-c', 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"', dir, process.execPath, CLI, 'tag', batchB, '--db', db, ...TAG],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
    expectOneLineFailure(r, /x\.duckdb: expected a writable archive, found a read-only file or directory \(.*Read-only file system\); nothing stored was lost$/);
    expect(await snapshot(db)).toEqual(baseSnap);
  });

  it.runIf(!MOUNTS)('cannot mount here (no mount namespace): the ENOSPC and EROFS cases did not run; the file size limit case covers a write failing mid-run', () => {
    expect(MOUNTS).toBe(false);
  });
});
