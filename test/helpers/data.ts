/**
 * Where the shared corpora are (`../shared/data` beside the repo) and the sample page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared corpora directory. */
export const DATA = resolve(ROOT, '../shared/data');
/** True when the shared corpora are present. */
export const HAS_DATA = existsSync(DATA);
/** The real front page shipped in examples/. */
export const PAGE_PATH = join(ROOT, 'examples/articles/yongkang-daily-page1.txt');
/** Its text. */
export const PAGE = readFileSync(PAGE_PATH, 'utf8');
