/**
 * What V8's optimizing compiler does while an annotator warms up: annotates ≈1,000-character pieces
 * of the government reports (../shared/data/gov-reports) for SECONDS in a child process run with
 * `--trace-opt --trace-deopt`, and prints, per five-second window, the functions optimized, the
 * optimized functions thrown away (bailouts) and the milliseconds of compiling (almost all of it on
 * V8's background threads: free for one archive worker, taken from the other worker with two), then
 * the most recompiled functions, the throughput and the process's CPU time per wall second.
 * `node dist/scripts/jit-warmup.js [SECONDS=30] [path/to/dist/src/index.js]`
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCreateAnnotator, reportFiles } from './report-corpus.js';

const WINDOW = 5;

if (process.env.TIFA_JIT_CHILD) {
  const [seconds, entry] = [Number(process.argv[2]), process.argv[3]!];
  const annotator = (await loadCreateAnnotator(entry))();
  const docs: string[] = [];
  let piece = '';
  for (const file of reportFiles()) {
    for (const p of readFileSync(file, 'utf8').split(/\n+/)) {
      if (!p) continue;
      piece += `${p}\n`;
      if (piece.length > 1000) { docs.push(piece); piece = ''; }
    }
  }
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let chars = 0;
  let window = -1;
  for (let i = 0; performance.now() - t0 < seconds * 1000; i++) {
    const w = Math.floor((performance.now() - t0) / (WINDOW * 1000));
    if (w !== window) { window = w; console.log(`@@window ${w}`); }
    const d = docs[i % docs.length]!;
    annotator.annotate(d);
    chars += d.length;
  }
  const cpu = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  console.log(`@@result ${(chars / (wall / 1000)).toFixed(0)} ${((cpu.user + cpu.system) / 1000 / wall).toFixed(3)}`);
} else {
  const seconds = Number(process.argv[2] ?? 30);
  const entry = resolve(process.argv[3] ?? join(process.cwd(), 'dist', 'src', 'index.js'));
  const child = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt', fileURLToPath(import.meta.url), String(seconds), entry], {
    env: { ...process.env, TIFA_JIT_CHILD: '1' }, encoding: 'utf8', maxBuffer: 1 << 30,
  });
  if (child.status !== 0) throw new Error(`jit-warmup: the child failed: ${child.stderr}`);
  const rows: { opt: number; bail: number; ms: number }[] = [];
  const byFunction = new Map<string, { count: number; ms: number }>();
  let row = { opt: 0, bail: 0, ms: 0 };
  let result = '';
  for (const line of child.stdout.split('\n')) {
    if (line.startsWith('@@window')) { row = { opt: 0, bail: 0, ms: 0 }; rows.push(row); continue; }
    if (line.startsWith('@@result')) { result = line; continue; }
    if (line.includes('bailout (kind')) row.bail++;
    const took = /completed compiling .*JSFunction (\S*) .*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
    if (took) {
      const ms = Number(took[2]) + Number(took[3]) + Number(took[4]);
      row.opt++;
      row.ms += ms;
      const name = took[1] === '(sfi' ? '(anonymous)' : took[1]!;
      const f = byFunction.get(name) ?? { count: 0, ms: 0 };
      f.count++;
      f.ms += ms;
      byFunction.set(name, f);
    }
  }
  console.log('seconds   optimized  bailouts  compile ms');
  rows.forEach((r, i) => console.log(`${String(i * WINDOW).padStart(3)}–${String((i + 1) * WINDOW).padEnd(4)}  ${String(r.opt).padStart(9)}  ${String(r.bail).padStart(8)}  ${r.ms.toFixed(0).padStart(10)}`));
  const total = rows.reduce((s, r) => ({ opt: s.opt + r.opt, bail: s.bail + r.bail, ms: s.ms + r.ms }), { opt: 0, bail: 0, ms: 0 });
  console.log(`total     ${String(total.opt).padStart(9)}  ${String(total.bail).padStart(8)}  ${total.ms.toFixed(0).padStart(10)}`);
  console.log(`most compiled: ${[...byFunction].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6).map(([n, f]) => `${n} ${f.count}× ${f.ms.toFixed(0)} ms`).join(', ')}`);
  const [, charsPerSecond, cpuPerWall] = result.split(' ');
  console.log(`annotate: ${charsPerSecond} chars/s over the whole run (tracing slows it); CPU time per wall second ${cpuPerWall}`);
}
