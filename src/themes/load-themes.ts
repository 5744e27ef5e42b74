/**
 * parseThemes / loadThemes: YAML theme files → checked `ThemeDefinition`s.
 * Every fault — YAML syntax, a schema violation, an unsafe pattern, a duplicate id within or
 * across files — throws `TifaError('resource_parse')` whose message names file, line and field
 * (`tifa: lexicons/themes/x.yaml line 12: field "id": expected an ASCII slug, found "亩均"`) and
 * whose details carry `{ file, line, field }`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import type AjvModule from 'ajv';
import type { ErrorObject } from 'ajv';
import type { Document as YamlDocument, Node as YamlNode } from 'yaml';
import { TifaError } from '../errors.js';
import { packageRoot } from '../resources/package-root.js';
import { parsePattern, type ThemePattern } from './parse-pattern.js';
import type { ThemeDefinition, ThemeScope } from './theme-definition.js';
import { stripIgnorable } from './match-automaton.js';

type AjvClass = typeof AjvModule.default;
const require = createRequire(import.meta.url);
// yaml and ajv load on the first file that is parsed (a cached file needs neither).
type Yaml = typeof import('yaml');
let yamlModule: Yaml | undefined;
const yaml = (): Yaml => (yamlModule ??= require('yaml') as Yaml);

// Read with require (not an import attribute) so Node 20.0–20.9 can load it too; tsc copies it to dist.
const themeSchema = require('./theme-schema.json') as Record<string, unknown>;

/** The JSON Schema of a theme file. */
export const THEME_FILE_SCHEMA: Readonly<Record<string, unknown>> = themeSchema;

let validator: ReturnType<InstanceType<AjvClass>['compile']> | undefined;
function validate(): ReturnType<InstanceType<AjvClass>['compile']> {
  if (!validator) {
    const module = require('ajv') as AjvClass & { default?: AjvClass };
    const Ajv = module.default ?? module;
    validator = new Ajv({ allErrors: true, strict: false }).compile(themeSchema);
  }
  return validator;
}

/** Raw shape of a theme entry once the schema has accepted it. */
interface RawTheme {
  id: string;
  name: string;
  category: string;
  scope: ThemeScope;
  since?: number;
  description?: string;
  aliases?: string[];
  patterns?: string[];
  exclude?: string[];
  related?: string[];
}

/** The shipped theme files: every `*.yaml` under the package's `lexicons/themes/`, sorted. */
export function defaultThemePaths(): string[] {
  const dir = join(packageRoot(), 'lexicons', 'themes');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (cause) {
    throw new TifaError('resource_not_found', `tifa: ${dir}: cannot read the theme directory`, { file: dir }, { cause });
  }
  return names.filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort().map((n) => join(dir, n));
}

/** A path as shown in messages: relative to the package root when inside it. */
export function displayPath(file: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(packageRoot(), file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/** Version of `parseThemes`' output; bump it when `ThemeDefinition` or the checks change (caches key on it). */
export const THEME_PARSER_VERSION = 1;

/** A theme file's definitions without `file`, as a cache keeps them. */
export type CachedThemes = readonly Omit<ThemeDefinition, 'file'>[];

/** Looks up the checked definitions of a file by the digest of its text (see `themeDigest`). */
export type ThemeLookup = (digest: string) => CachedThemes | undefined;

/** The digest of a theme file's text that caches key its definitions by. */
export function themeDigest(source: string): string {
  return createHash('sha1').update(source).digest('hex');
}

/**
 * Reads and checks theme files; ids must be unique across all of them. `known` may supply the
 * already checked definitions of a file's exact text (the build-time cache), which skips parsing.
 */
export function loadThemes(paths: readonly string[], known?: ThemeLookup): ThemeDefinition[] {
  const all: ThemeDefinition[] = [];
  const seen = new Map<string, ThemeDefinition>();
  for (const path of paths) {
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch (cause) {
      throw new TifaError('resource_not_found', `tifa: ${displayPath(path)}: cannot read the theme file`, { file: path }, { cause });
    }
    const cached = known?.(themeDigest(source));
    const themes = cached ? cached.map((t): ThemeDefinition => ({ ...t, file: path })) : parseThemes(source, path);
    for (const theme of themes) {
      const first = seen.get(theme.id);
      if (first) {
        throw fault(theme.file, theme.line, 'id', `duplicate id "${theme.id}", first defined in ${displayPath(first.file)} line ${first.line}`);
      }
      seen.set(theme.id, theme);
      all.push(theme);
    }
  }
  return all;
}

/** Related ids that name no theme in `themes` (a warning, not an error: sets may be combined). */
export function unknownRelated(themes: readonly ThemeDefinition[]): { theme: string; related: string }[] {
  const ids = new Set(themes.map((t) => t.id));
  return themes.flatMap((t) => t.related.filter((r) => !ids.has(r)).map((r) => ({ theme: t.id, related: r })));
}

/** Parses and checks one theme file's text; `file` is used in messages only. */
export function parseThemes(source: string, file: string): ThemeDefinition[] {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw fault(file, lineAt(e.pos[0]), undefined, `invalid YAML: ${message}`);
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const check = validate();
  if (!check(data)) {
    const error = pickError(check.errors ?? []);
    const { line, field } = locate(doc, error, lineAt);
    throw fault(file, line, field, describe(error, data));
  }
  const raw = (data as { themes: RawTheme[] }).themes;
  const seen = new Map<string, number>();
  return raw.map((t, index): ThemeDefinition => {
    const at = (field: string, item?: number): number => lineAt(nodeAt(doc, item === undefined ? ['themes', index, field] : ['themes', index, field, item])?.range?.[0] ?? nodeAt(doc, ['themes', index])?.range?.[0]);
    const line = lineAt(nodeAt(doc, ['themes', index])?.range?.[0]);
    const previous = seen.get(t.id);
    if (previous !== undefined) throw fault(file, at('id'), 'id', `duplicate id "${t.id}", first defined on line ${previous}`);
    seen.set(t.id, line);
    const forms = [t.name, ...(t.aliases ?? [])];
    forms.forEach((form, i) => {
      if (stripIgnorable(form).length < 2) {
        throw fault(file, i === 0 ? at('name') : at('aliases', i - 1), i === 0 ? 'name' : 'aliases', `expected at least 2 characters besides spaces and quotes, found "${form}"`);
      }
    });
    const patterns: ThemePattern[] = (t.patterns ?? []).map((p, i) => {
      const parsed = parsePattern(p);
      if (!parsed.ok) throw fault(file, at('patterns', i), 'patterns', `pattern "${p}" refused: ${parsed.reason}`);
      return parsed.pattern;
    });
    const literals = forms.map(stripIgnorable);
    (t.exclude ?? []).forEach((x, i) => {
      if (patterns.length === 0 && !literals.some((l) => stripIgnorable(x).includes(l))) {
        throw fault(file, at('exclude', i), 'exclude', `expected a longer phrase containing the name or an alias, found "${x}"`);
      }
    });
    return {
      id: t.id,
      name: t.name,
      category: t.category,
      scope: t.scope,
      ...(t.since !== undefined ? { since: t.since } : {}),
      ...(t.description !== undefined ? { description: t.description } : {}),
      aliases: [...new Set((t.aliases ?? []).filter((a) => a !== t.name))],
      patterns,
      exclude: [...new Set(t.exclude ?? [])],
      related: [...new Set(t.related ?? [])],
      file,
      line,
    };
  });
}

/** The TifaError for a fault at file:line in a field. */
function fault(file: string, line: number, field: string | undefined, what: string): TifaError {
  const where = `${displayPath(file)} line ${line}`;
  return new TifaError('resource_parse', `tifa: ${where}: ${field ? `field "${field}": ` : ''}${what}`, { file, line, ...(field ? { field } : {}) });
}

/** The YAML node at a path, or undefined. */
function nodeAt(doc: YamlDocument, path: readonly (string | number)[]): YamlNode | undefined {
  const node = doc.getIn(path, true) as unknown;
  return node && typeof node === 'object' && 'range' in node ? (node as YamlNode) : undefined;
}

/** The most useful error of a failed validation: the deepest path, then the first. */
function pickError(errors: readonly ErrorObject[]): ErrorObject {
  let best = errors[0]!;
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === '$ref') continue;
    if (e.instancePath.split('/').length > best.instancePath.split('/').length) best = e;
  }
  return best;
}

/** Line and field name of a schema error, from the YAML nodes. */
function locate(doc: YamlDocument, error: ErrorObject, lineAt: (offset: number | undefined) => number): { line: number; field?: string } {
  const path = error.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  const fieldOf = (): string | undefined => {
    for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
    return undefined;
  };
  if (error.keyword === 'additionalProperties' || error.keyword === 'required') {
    const name = String((error.params as { additionalProperty?: string; missingProperty?: string }).additionalProperty ?? (error.params as { missingProperty?: string }).missingProperty);
    const container = path.length === 0 ? doc.contents : nodeAt(doc, path);
    if (error.keyword === 'additionalProperties' && yaml().isMap(container)) {
      const pair = container.items.find((p) => (p.key as { value?: unknown } | null)?.value === name);
      const keyNode = pair?.key as YamlNode | undefined;
      return { line: lineAt(keyNode?.range?.[0] ?? container.range?.[0]), field: name };
    }
    return { line: lineAt((container as YamlNode | null | undefined)?.range?.[0]), field: name };
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : nodeAt(doc, path.slice(0, depth));
    if (node && (node as YamlNode).range) return { line: lineAt((node as YamlNode).range![0]), ...(fieldOf() ? { field: fieldOf()! } : {}) };
  }
  return { line: 1 };
}

/** An expected-vs-found sentence for a schema error. */
function describe(error: ErrorObject, data: unknown): string {
  const found = valueAt(data, error.instancePath);
  const shown = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'pattern':
      return `expected an ASCII slug (a-z, 0-9 and single "-"), found ${shown(found)}`;
    case 'type':
      return `expected ${String(params['type'])}, found ${Array.isArray(found) ? 'a list' : found === null ? 'null' : typeof found === 'object' ? 'a mapping' : `${typeof found} ${shown(found)}`}`;
    case 'required':
      return 'missing (required)';
    case 'additionalProperties':
      return 'unknown field (allowed: id, name, category, scope, since, description, aliases, patterns, exclude, related)';
    case 'enum':
      return `expected one of ${(params['allowedValues'] as unknown[]).join(', ')}, found ${shown(found)}`;
    case 'minimum':
    case 'maximum':
      return `expected a year from 1949 to 2100, found ${shown(found)}`;
    case 'minLength':
      return `expected at least ${String(params['limit'])} characters, found ${shown(found)}`;
    case 'maxLength':
      return `expected at most ${String(params['limit'])} characters, found ${String(typeof found === 'string' ? found.length : found)}`;
    case 'maxItems':
      return `expected at most ${String(params['limit'])} items`;
    default:
      return `${error.message ?? 'invalid'}, found ${shown(found)}`;
  }
}

/** The value at a JSON pointer. */
function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const part of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

