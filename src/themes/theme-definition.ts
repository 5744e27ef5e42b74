/**
 * The checked, plain-data form of one theme from a theme file (lexicons/themes/*.yaml): what
 * `loadThemes` returns and `compileThemes` consumes. Offsets never appear here.
 */
import type { ThemePattern } from './parse-pattern.js';

/** Where a formulation is used. */
export type ThemeScope = 'national' | 'zhejiang' | 'local';

/** One policy theme (提法) with every form it is matched in. */
export interface ThemeDefinition {
  /** Stable ASCII slug. */
  readonly id: string;
  /** Canonical name (亩均论英雄). */
  readonly name: string;
  /** Category (土地资源 …). */
  readonly category: string;
  /** national, zhejiang or local. */
  readonly scope: ThemeScope;
  /** Year first used, where certain. */
  readonly since?: number;
  /** One line for humans. */
  readonly description?: string;
  /** Literal alternative forms (the name is matched as well). */
  readonly aliases: readonly string[];
  /** Parsed mini-language patterns. */
  readonly patterns: readonly ThemePattern[];
  /** Longer phrases inside which a hit of this theme is void. */
  readonly exclude: readonly string[];
  /** Related theme ids. */
  readonly related: readonly string[];
  /** The file it came from, as given. */
  readonly file: string;
  /** 1-based line of its entry in that file. */
  readonly line: number;
}
