/**
 * Runs the BUILT tifa CLI (worker threads need compiled JavaScript) through test/archive/archive-cli.mjs,
 * rebuilding dist/ first when an archive or CLI source is newer than its compiled file.
 */
import { execFileSync, spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/archive/index.js';
import { ROOT } from '../helpers/data.js';

/** The CLI runner (override with TIFA_ARCHIVE_CLI to test another build). */
export const CLI = process.env.TIFA_ARCHIVE_CLI ?? join(ROOT, 'test/archive/archive-cli.mjs');

/** Runs `node CLI ...args` and waits; `options` may set uid/gid or env. */
export function tifa(args: readonly string[], timeout = 120_000, options: SpawnSyncOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, timeout, ...options, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env } });
}

/** The ids stored in `db`, sorted. */
export async function storedIds(db: string): Promise<string[]> {
  const s = await openStore(db, { readOnly: true });
  try { return (await s.query<{ id: string }>('SELECT id FROM documents ORDER BY id')).map((r) => r.id); } finally { s.close(); }
}

/** Rebuilds dist/ when an archive or CLI source is newer than its compiled file (npm test builds first anyway); for `beforeAll`. */
export function buildIfStale(): void {
  if (process.env.TIFA_ARCHIVE_CLI) return;
  const stale = [join(ROOT, 'src/archive'), join(ROOT, 'src/cli')].some((dir) => readdirSync(dir).filter((f) => f.endsWith('.ts')).some((f) => {
    const out = join(ROOT, 'dist', dir.slice(ROOT.length + 1), f.replace(/\.ts$/, '.js'));
    return !existsSync(out) || statSync(out).mtimeMs < statSync(join(dir, f)).mtimeMs;
  }));
  if (stale) { try { execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'ignore' }); } catch { /* others' type errors; files are still emitted */ } }
}
