/**
 * `tifa themes`: the policy-theme taxonomy from the command line — `list` (a table, optionally
 * with analyst files), `validate FILE…` (schema, patterns, duplicate ids; file:line on error),
 * `show ID` and `first-years DIR` (a Markdown table of the first year each theme appears in a
 * directory of `YYYY.txt` files). A TifaError prints one line to stderr and sets exit code 1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { isTifaError, TifaError } from '../index.js';
import { compileThemes, defaultThemePaths, displayPath, formatFirstYears, loadThemes, themeFirstYears, unknownRelated, type ThemeDefinition } from '../tools.js';

interface SetFlags {
  themes?: string[];
  replaceThemes?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Register `tifa themes list | validate | show | first-years`. */
export function registerThemesCommand(program: Command): void {
  const themes = program.command('themes').description('the policy-theme (提法) taxonomy: list, validate, show, first years');
  const withSet = (cmd: Command): Command =>
    cmd.option('--themes <FILE>', 'an extra theme file (repeatable)', collect).option('--replace-themes', 'use only the --themes files, not the shipped taxonomy');

  withSet(themes.command('list').description('list the themes as a table'))
    .option('--category <NAME>', 'only this category')
    .option('--json', 'print JSON')
    .action((flags: SetFlags & { category?: string; json?: boolean }) =>
      guard(() => {
        const defs = loadSet(flags).filter((d) => !flags.category || d.category === flags.category);
        if (flags.json) return write(JSON.stringify(defs.map(plain), null, 2) + '\n');
        const lines = ['| id | name | category | scope | since | forms |', '|---|---|---|---|---|---|'];
        for (const d of defs) lines.push(`| ${d.id} | ${d.name} | ${d.category} | ${d.scope} | ${d.since ?? ''} | ${1 + d.aliases.length + d.patterns.length} |`);
        const counts = new Map<string, number>();
        for (const d of defs) counts.set(d.category, (counts.get(d.category) ?? 0) + 1);
        lines.push('', `${defs.length} themes: ${[...counts].map(([c, n]) => `${c} ${n}`).join(', ')}`);
        write(lines.join('\n') + '\n');
      }),
    );

  themes
    .command('validate')
    .description('check theme files (schema, patterns, duplicate ids) and report file:line errors')
    .argument('<FILE...>', 'theme YAML files')
    .action((files: string[]) =>
      guard(() => {
        const defs = loadThemes(files);
        compileThemes(defs);
        const shipped = new Set(loadThemes(defaultThemePaths()).map((d) => d.id));
        for (const w of unknownRelated(defs).filter((u) => !shipped.has(u.related))) {
          process.stderr.write(`tifa: warning: theme "${w.theme}": related id "${w.related}" is neither in these files nor shipped\n`);
        }
        write(`ok: ${defs.length} themes in ${files.map(displayPath).join(', ')}\n`);
      }),
    );

  withSet(themes.command('show').description('show one theme').argument('<ID>', 'theme id')).action((id: string, flags: SetFlags) =>
    guard(() => {
      const def = loadSet(flags).find((d) => d.id === id);
      if (!def) throw new TifaError('invalid_option', `tifa: themes show: expected a theme id, found "${id}" (see \`tifa themes list\`)`);
      const lines = [
        `${def.id}  ${def.name}`,
        `  category   ${def.category}`,
        `  scope      ${def.scope}`,
        ...(def.since !== undefined ? [`  since      ${def.since}`] : []),
        ...(def.description ? [`  about      ${def.description}`] : []),
        `  aliases    ${def.aliases.join('、') || '—'}`,
        ...(def.patterns.length > 0 ? [`  patterns   ${def.patterns.map((p) => p.source).join('  ')}`] : []),
        ...(def.exclude.length > 0 ? [`  exclude    ${def.exclude.join('、')}`] : []),
        ...(def.related.length > 0 ? [`  related    ${def.related.join(', ')}`] : []),
        `  defined    ${displayPath(def.file)} line ${def.line}`,
      ];
      write(lines.join('\n') + '\n');
    }),
  );

  withSet(themes.command('first-years').description('first year each theme appears in DIR/YYYY.txt, as a Markdown table').argument('<DIR>', 'directory of YYYY.txt files'))
    .option('--all', 'include themes without a since year')
    .action((dir: string, flags: SetFlags & { all?: boolean }) =>
      guard(() => {
        let names: string[];
        try {
          names = readdirSync(dir).filter((f) => /^\d{4}\.txt$/.test(f));
        } catch (cause) {
          throw new TifaError('resource_not_found', `tifa: ${dir}: cannot read the directory`, { file: dir }, { cause });
        }
        const texts = names.map((f) => ({ year: Number(f.slice(0, 4)), text: readFileSync(join(dir, f), 'utf8') }));
        const rows = themeFirstYears(compileThemes(loadSet(flags)), texts, { onlyWithSince: !flags.all });
        write(formatFirstYears(rows));
      }),
    );
}

function loadSet(flags: SetFlags): ThemeDefinition[] {
  const extra = flags.themes ?? [];
  if (flags.replaceThemes && extra.length === 0) throw new TifaError('invalid_option', 'tifa: --replace-themes: expected at least one --themes FILE');
  return loadThemes(flags.replaceThemes ? extra : [...defaultThemePaths(), ...extra]);
}

function plain(d: ThemeDefinition): Record<string, unknown> {
  return { ...d, patterns: d.patterns.map((p) => p.source), file: displayPath(d.file) };
}

function write(text: string): void {
  process.stdout.write(text);
}

function guard(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (!isTifaError(error)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}
