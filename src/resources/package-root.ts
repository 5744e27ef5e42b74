/**
 * packageRoot: the directory holding tifa's package.json, found by walking up from this module
 * (the code runs from `src/` under vitest and from `dist/src/` when built), so shipped lexicons
 * and models resolve the same way in both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** Absolute path of the tifa package root. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'tifa') return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('tifa: cannot find the package root (package.json named "tifa") above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** tifa's own version from package.json. */
export function libraryVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
