/**
 * parsePattern: a theme pattern string → literal segments joined by bounded gaps, or a reason
 * it is refused. The mini-language has no repetition, so every pattern expands to a fixed set of
 * literals and matches in linear time:
 *   `(a|b)` one of the literals, `(a|b)?` or `(a)?` optional, no nesting;
 *   `…` (or `...`) a gap of 0–8 characters inside one sentence, `…{n}` a gap of 0–n (n ≤ 30).
 * Anything else that looks like regular-expression syntax (`* + [ ] { } \ ^ $ .` …) is refused.
 */

/** Default and largest gap, in UTF-16 code units. */
export const DEFAULT_GAP = 8;
/** Largest gap a pattern may ask for. */
export const MAX_GAP = 30;
/** Most literal variants one segment may expand to. */
export const MAX_VARIANTS = 64;
/** Most segments (gaps + 1) in one pattern. */
export const MAX_SEGMENTS = 3;

/** A parsed pattern: segment i is one of `segments[i]`, then a gap of at most `gaps[i]` units. */
export interface ThemePattern {
  /** The source text of the pattern. */
  readonly source: string;
  /** Literal alternatives of each segment, in order. */
  readonly segments: readonly (readonly string[])[];
  /** Largest gap after each segment but the last. */
  readonly gaps: readonly number[];
}

/** The result of parsing: a pattern, or why it was refused. */
export type PatternResult = { readonly ok: true; readonly pattern: ThemePattern } | { readonly ok: false; readonly reason: string };

const FORBIDDEN = new Set(['*', '+', '[', ']', '{', '}', '\\', '^', '$', '.', '（', '）']);

/** Parses one pattern string of the theme mini-language. */
export function parsePattern(source: string): PatternResult {
  const fail = (reason: string): PatternResult => ({ ok: false, reason });
  const text = source.replace(/\.\.\./g, '…');
  const segments: string[][] = [];
  const gaps: number[] = [];
  let variants: string[] = [''];
  let i = 0;
  const closeSegment = (): string | undefined => {
    const nonEmpty = variants.filter((v) => v.length > 0);
    if (nonEmpty.length !== variants.length) return 'a segment may not be empty (an optional group needs a literal beside it)';
    segments.push([...new Set(variants)]);
    variants = [''];
    return undefined;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '…') {
      const problem = closeSegment();
      if (problem) return fail(problem);
      let gap = DEFAULT_GAP;
      if (text[i + 1] === '{') {
        const m = /^\{(\d{1,2})\}/.exec(text.slice(i + 1, i + 6));
        if (!m) return fail(`expected "…{n}" with n a number up to ${MAX_GAP}`);
        gap = Number(m[1]);
        if (gap > MAX_GAP) return fail(`gap ${gap} is larger than ${MAX_GAP}`);
        i += m[0].length;
      }
      gaps.push(gap);
      i++;
      continue;
    }
    if (ch === '(') {
      const close = text.indexOf(')', i);
      if (close < 0) return fail('unclosed "("');
      const body = text.slice(i + 1, close);
      if (body.includes('(')) return fail('groups may not be nested');
      const alternatives = body.split('|');
      for (const a of alternatives) {
        for (const c of a) if (FORBIDDEN.has(c) || c === '…' || c === '?') return fail(`unsupported syntax "${c}" inside a group`);
      }
      let options = alternatives;
      i = close + 1;
      if (text[i] === '?') {
        options = [...alternatives, ''];
        i++;
      }
      variants = variants.flatMap((v) => options.map((o) => v + o));
      if (variants.length > MAX_VARIANTS) return fail(`expands to more than ${MAX_VARIANTS} literals`);
      continue;
    }
    if (ch === ')' || ch === '|' || ch === '?') return fail(`unexpected "${ch}" outside a group`);
    if (FORBIDDEN.has(ch)) return fail(`unsupported syntax "${ch}" (patterns are literals, "(a|b)", "(a)?" and "…{n}" gaps, not regular expressions)`);
    variants = variants.map((v) => v + ch);
    i++;
  }
  const problem = closeSegment();
  if (problem) return fail(problem);
  if (segments.length > MAX_SEGMENTS) return fail(`more than ${MAX_SEGMENTS - 1} gaps`);
  const shortest = segments.reduce((sum, seg) => sum + Math.min(...seg.map((v) => v.length)), 0);
  if (shortest < 2) return fail('matches fewer than 2 characters');
  return { ok: true, pattern: { source, segments, gaps } };
}
