/**
 * Imports flow one way: cli/ reaches the library only through src/index.ts; a pipeline step never
 * imports another step; nothing in the core imports the CLI or the archive.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/data.js';

const SRC = join(ROOT, 'src');
/** The package's public entry points (package.json "exports"). */
const PUBLIC = ['index.ts', 'tools.ts', 'archive/index.ts'];
const STEPS = ['text', 'segment', 'entities', 'english', 'people', 'places', 'orgs', 'time', 'themes'];
/** Modules every step may use: the data model, errors, the seeded PRNG, the component contract, text utilities, the package root. */
const SHARED = [/^document\//, /^errors\.ts$/, /^random\.ts$/, /^pipeline\/component\.ts$/, /^text\//, /^resources\/package-root\.ts$/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)) {
    const spec = (m[1] ?? m[2])!;
    out.push(relative(SRC, resolve(dirname(file), spec)).replace(/\.js$/, '.ts'));
  }
  return out;
}

const all = files(SRC).map((f) => ({ file: relative(SRC, f), imports: imports(f) }));

describe('architecture', () => {
  it('cli/ imports the library only through its public entries (tifa, tifa/tools, tifa/archive)', () => {
    const bad = all.filter((f) => f.file.startsWith('cli/'))
      .flatMap((f) => f.imports.filter((i) => !i.startsWith('cli/') && !PUBLIC.includes(i)).map((i) => `${f.file} → ${i}`));
    expect(bad).toEqual([]);
  });

  it('a step never imports another step', () => {
    const bad = all.flatMap((f) => {
      const step = STEPS.find((s) => f.file.startsWith(`${s}/`));
      if (!step || step === 'text') return [];
      return f.imports.filter((i) => !i.startsWith(`${step}/`) && !SHARED.some((r) => r.test(i))).map((i) => `${f.file} → ${i}`);
    });
    expect(bad).toEqual([]);
  });

  it('text/ (the foundation) imports only the data model, errors and the component contract', () => {
    const bad = all.filter((f) => f.file.startsWith('text/'))
      .flatMap((f) => f.imports.filter((i) => !i.startsWith('text/') && !SHARED.some((r) => r.test(i))).map((i) => `${f.file} → ${i}`));
    expect(bad).toEqual([]);
  });

  it('the core never imports the CLI, the archive or the tools entry (importing tifa loads no DuckDB, vega or trainer)', () => {
    const bad = all.filter((f) => !f.file.startsWith('cli/') && !f.file.startsWith('archive/') && f.file !== 'tools.ts')
      .flatMap((f) => f.imports.filter((i) => i.startsWith('cli/') || i.startsWith('archive/') || i === 'tools.ts').map((i) => `${f.file} → ${i}`));
    expect(bad).toEqual([]);
  });

  it('archive/ reaches the core only through its public entry, errors, the PRNG and the input encodings', () => {
    const bad = all.filter((f) => f.file.startsWith('archive/'))
      .flatMap((f) => f.imports.filter((i) => !i.startsWith('archive/') && i !== 'index.ts' && i !== 'errors.ts' && i !== 'random.ts' && i !== 'encoding.ts').map((i) => `${f.file} → ${i}`));
    expect(bad).toEqual([]);
  });

  it('only resources/ and the loaders read files in the core', () => {
    const bad = all.filter((f) => !f.file.startsWith('cli/') && !f.file.startsWith('archive/') && !f.file.startsWith('resources/') &&
      !/(^|\/)(load-|model-file|model-card|read-corpus|train|first-years|idf-table|theme-category-model|evaluate-person-roles)[^/]*\.ts$/.test(f.file) && !/engine\.ts$/.test(f.file))
      .filter((f) => /from 'node:fs'/.test(readFileSync(join(SRC, f.file), 'utf8'))).map((f) => f.file);
    expect(bad).toEqual([]);
  });
});
