/**
 * Writes the build-time resource cache (`dist/cache/`): jieba's POS and IDF tables, the TypeScript
 * engine's dictionary table and HMM, the parsed shipped theme files and the unpacked village table.
 * Run by `npm run build`; every entry is keyed by its source, and a missing or stale entry only
 * means the table is derived at load time instead.
 */
import { writeJiebaHmmCache, writeJiebaTables, writeTsJiebaDict } from '../src/resources/jieba-tables.js';
import { writeThemeCache } from '../src/resources/load-resources.js';
import { cacheDir } from '../src/resources/resource-cache.js';
import { writeVillageCache } from '../src/resources/place-tables.js';

const started = performance.now();
writeJiebaTables();
writeTsJiebaDict();
writeJiebaHmmCache();
writeThemeCache();
writeVillageCache();
console.log(`tifa: resource cache written to ${cacheDir()} in ${Math.round(performance.now() - started)} ms`);
