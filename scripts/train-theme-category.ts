/**
 * Train the shipped theme-category classifier (`models/theme-category/`) from the central
 * government work reports in `../shared/data/gov-reports` (1955–2025; 1954 is Traditional Chinese
 * and skipped). Only the model and its manifest are written; no corpus text is.
 * Run from the project root: `node dist/scripts/train-theme-category.js [reportsDir] [outDir]`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileThemes } from '../src/themes/compile-themes.js';
import { defaultThemePaths, loadThemes } from '../src/themes/load-themes.js';
import { trainThemeCategoryModel } from '../src/themes/train-theme-category.js';

const dir = process.argv[2] ?? join(process.cwd(), '..', 'shared', 'data', 'gov-reports');
const out = process.argv[3] ?? join(process.cwd(), 'models', 'theme-category');
const texts = readdirSync(dir)
  .filter((f) => /^\d{4}\.txt$/.test(f) && f !== '1954.txt')
  .map((f) => ({ year: Number(f.slice(0, 4)), text: readFileSync(join(dir, f), 'utf8') }));
const compiled = compileThemes(loadThemes(defaultThemePaths()));
const { model, manifest } = trainThemeCategoryModel(compiled, texts, {
  version: '1.0.0',
  dataName: `gov-reports (central government work reports, ${texts.length} files, ../shared/data/gov-reports); themes ${compiled.fingerprint}`,
});
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'model.json'), JSON.stringify(model) + '\n');
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
process.stdout.write(JSON.stringify(manifest.scores) + '\n');
