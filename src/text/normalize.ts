/**
 * normalize: original text → { text, matchText, map }.
 * Only drops or substitutes code units, never inserts, so `map` sends every normalized unit back to
 * the original range it came from. Steps: width folding, lone-surrogate repair, letter-spacing
 * collapse (`本 报 讯` → 本报讯), re-joining of hard-wrapped column lines (节约集 / 约用地 → 节约集约用地)
 * while real paragraph ends keep one `\n`, optional Traditional → Simplified (same-length only).
 */
import { OffsetMapBuilder, composeOffsetMaps, type OffsetMap } from './offset-map.js';

/** Options of `normalize`. */
export interface NormalizeOptions {
  /** Re-join lines wrapped inside a paragraph (default true). */
  readonly rejoinLines?: boolean;
  /** Collapse letter-spaced runs (default true). */
  readonly collapseLetterSpacing?: boolean;
  /** Fold full-width letters, digits and symbols to ASCII (default true). */
  readonly foldWidth?: boolean;
  /** A Traditional → Simplified converter (from `createScriptConverter`); applied per code point when lengths differ. */
  readonly toSimplified?: (text: string) => string;
}

/** The normalized text and its way back. */
export interface Normalized {
  /** Normalized text: every layer's offsets point here. */
  readonly text: string;
  /** Same length as `text` with quote, dash and dot variants unified, for lexicon matching. */
  readonly matchText: string;
  /** Normalized → original offsets. */
  readonly map: OffsetMap;
}

// Chinese typesetting's own punctuation stays full-width: folding ，：；！？（） would erase the
// difference between Chinese and Latin punctuation that segmenters and models rely on.
const KEEP_FULL_WIDTH = new Set([0xff0c, 0xff1a, 0xff1b, 0xff01, 0xff1f, 0xff08, 0xff09]);

/** Folds one UTF-16 code unit: full-width ASCII → ASCII (except Chinese punctuation), ideographic and no-break spaces → space. */
export function foldWidthCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e && !KEEP_FULL_WIDTH.has(c)) return c - 0xfee0;
  if (c === 0x3000 || c === 0x00a0 || c === 0x2002 || c === 0x2003 || c === 0x2009) return 0x20;
  return c;
}

/** Folds a whole string with `foldWidthCode` (same length, so offsets are unchanged). */
export function foldWidth(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldWidthCode(c);
    if (f !== c) { out += text.slice(last, i) + String.fromCharCode(f); last = i + 1; }
  }
  return last === 0 ? text : out + text.slice(last);
}

const MATCH_FOLD: ReadonlyMap<number, number> = new Map<number, number>([
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x300c, 0x300d, 0x300e, 0x300f, 0x2033, 0x00ab, 0x00bb].map((c) => [c, 0x22] as [number, number]),
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032].map((c) => [c, 0x27] as [number, number]),
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63].map((c) => [c, 0x2d] as [number, number]),
  ...[0x00b7, 0x2022, 0x30fb, 0xff65, 0x2027].map((c) => [c, 0xb7] as [number, number]),
]);

/** One flag per UTF-16 unit: 1 when MATCH_FOLD maps it (a typed-array read per unit instead of a Map lookup). */
const FOLDS = new Uint8Array(0x10000);
for (const c of MATCH_FOLD.keys()) FOLDS[c] = 1;

/** Unifies quote, dash and middle-dot variants (same length): the key lexicons are matched against. */
export function foldForMatching(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (FOLDS[c] === 0) continue;
    const f = MATCH_FOLD.get(c);
    if (f !== undefined) { out += text.slice(last, i) + String.fromCharCode(f); last = i + 1; }
  }
  return last === 0 ? text : out + text.slice(last);
}

const enum Act { Keep = 0, Drop = 1, Space = 2, Newline = 3 }

/**
 * 1 for a code unit that normalization copies unchanged whatever the options: not \r, not an
 * invisible character, not a surrogate, not changed by width folding.
 */
const PLAIN = (() => {
  const t = new Uint8Array(0x10000).fill(1);
  t[0x0d] = 0;
  for (const c of [0x200b, 0x200c, 0x200d, 0xfeff, 0x00ad, 0x2060]) t[c] = 0;
  t.fill(0, 0xd800, 0xe000);
  for (let c = 0; c < 0x10000; c++) if (t[c] === 1 && foldWidthCode(c) !== c) t[c] = 0;
  return t;
})();

const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x00a0 || c === 0x0b || c === 0x0c;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** Zero-width and formatting characters that carry no text. */
const isInvisible = (c: number): boolean => c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0x00ad || c === 0x2060;

/** Display columns of a code unit (CJK and full-width: 2). */
function columns(c: number): number {
  if (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x2010 && c <= 0x2027 && c !== 0x2010))) return 2;
  return 1;
}

/** A letter-like unit: CJK ideograph, Latin letter or digit (ASCII or full-width). */
function isLetter(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || isHigh(c);
}
const isLatin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** Characters after which a line is a finished sentence, not a wrap. */
const TERMINAL = new Set([...'。！？!?…；;：:'].map((s) => s.charCodeAt(0)));
const CLOSING = new Set([...'”’」』）)》'].map((s) => s.charCodeAt(0)));

interface Line { start: number; end: number; contentStart: number; contentEnd: number; width: number; cjk: boolean }

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let cs = start;
    let ce = end;
    while (cs < ce && (isSpaceCode(text.charCodeAt(cs)) || text.charCodeAt(cs) === 0x0d)) cs++;
    while (ce > cs && (isSpaceCode(text.charCodeAt(ce - 1)) || text.charCodeAt(ce - 1) === 0x0d)) ce--;
    let width = 0;
    // Width only matters for short column lines; cap the scan so huge lines stay linear and cheap.
    // Physical width: letter-spaced lines fill their column with the spaces.
    let cjk = false;
    for (let i = cs; i < ce && width < 400; i++) {
      const c = text.charCodeAt(i);
      width += columns(c);
      if (!cjk && c >= 0x3400 && c <= 0x9fff) cjk = true;
    }
    lines.push({ start, end, contentStart: cs, contentEnd: ce, width, cjk });
    if (end === n) break;
    start = end + 1;
  }
  return lines;
}

/** Finds the typical column width of a hard-wrapped text, or 0 when the text is not hard-wrapped. */
function columnWidth(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  let candidates = 0;
  for (const l of lines) {
    if (l.width < 16 || l.width > 160) continue;
    candidates++;
    counts.set(l.width, (counts.get(l.width) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  // The densest window of ±2 columns (one CJK character) around any seen width.
  for (const seen of counts.keys()) {
    for (let w = seen - 1; w <= seen + 1; w++) {
      let c = 0;
      for (let d = -2; d <= 2; d++) c += counts.get(w + d) ?? 0;
      if (c > bestCount || (c === bestCount && w > best)) { best = w; bestCount = c; }
    }
  }
  return bestCount >= 4 && bestCount >= candidates * 0.2 ? best : 0;
}

function endsSentence(text: string, l: Line): boolean {
  let i = l.contentEnd - 1;
  while (i > l.contentStart && CLOSING.has(text.charCodeAt(i))) i--;
  return TERMINAL.has(text.charCodeAt(i));
}

/** True when the line holds a headline-style gap: a kept space between two runs of ≥ 4 letters. */
function hasHeadlineGap(text: string, l: Line, acts: Uint8Array): boolean {
  let run = 0;
  let before = 0;
  for (let i = l.contentStart; i < l.contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) && acts[i] !== Act.Drop) { if (run > 0) before = run; run = 0; continue; }
    if (isLetter(c) && !isLatin(c)) { run++; if (before >= 4 && run >= 4) return true; } else if (!isSpaceCode(c)) { run = 0; before = 0; }
  }
  return false;
}

/**
 * Marks the whitespace between lines: wraps are dropped, paragraph ends keep one newline.
 * A page is hard-wrapped when many lines share one column width; a break is a wrap when it uses the
 * page's wrap separator, the line before is a full column line (within one character, less a two-character paragraph indent; of its own block: pages mix column
 * widths) that does not end a sentence, neither side is a headline, and both sides are Chinese or neither is.
 */
function planLineBreaks(text: string, all: readonly Line[], acts: Uint8Array, rejoin: boolean): void {
  if (all.length < 2) return;
  const width = rejoin ? columnWidth(all) : 0;
  // Content lines and the number of newlines before each.
  const lines: Line[] = [];
  const gaps: number[] = [];
  let newlines = 0;
  for (const l of all) {
    if (l.contentEnd === l.contentStart) { newlines++; continue; }
    lines.push(l);
    gaps.push(newlines);
    newlines = 1;
  }
  // The separator wrapped column lines use on this page (often a blank line after every line).
  let separator = 1;
  if (width > 0) {
    const seps = new Map<number, number>();
    for (let k = 1; k < lines.length; k++) {
      const prev = lines[k - 1]!;
      if (Math.abs(prev.width - width) <= 2 && !endsSentence(text, prev)) seps.set(gaps[k]!, (seps.get(gaps[k]!) ?? 0) + 1);
    }
    let best = 0;
    for (const [sep, count] of seps) if (count > best) { best = count; separator = sep; }
  }
  // Blocks: runs of lines joined by the separator; each gets its own column width when it has one.
  const blockWidth: number[] = new Array<number>(lines.length).fill(width);
  if (width > 0) {
    let b = 0;
    for (let k = 1; k <= lines.length; k++) {
      if (k < lines.length && gaps[k] === separator) continue;
      if (k - b >= 5) {
        const local = columnWidth(lines.slice(b, k));
        if (local > 0) for (let j = b; j < k; j++) blockWidth[j] = local;
      }
      b = k;
    }
  }
  const headline = lines.map((l) => width > 0 && hasHeadlineGap(text, l, acts));
  for (let k = 1; k < lines.length; k++) {
    const prev = lines[k - 1]!;
    const from = prev.contentEnd;
    const to = lines[k]!.contentStart;
    const join = width > 0 && gaps[k] === separator && prev.width >= blockWidth[k - 1]! - 6 && !endsSentence(text, prev) &&
      !headline[k - 1] && !headline[k] && prev.cjk === lines[k]!.cjk;
    let keptNewline = false;
    for (let i = from; i < to; i++) {
      if (!join && !keptNewline && text.charCodeAt(i) === 0x0a) { acts[i] = Act.Newline; keptNewline = true; } else acts[i] = Act.Drop;
    }
    // Two Latin words wrapped apart stay two words.
    if (join && from < to && isLatin(text.charCodeAt(from - 1)) && isLatin(text.charCodeAt(to))) acts[from] = Act.Space;
  }
}

/** Marks spaces inside letter-spaced runs (`通 讯 员 王 影`, `Y O N G K A N G`) to be dropped. */
function planLetterSpacing(text: string, lines: readonly Line[], acts: Uint8Array): void {
  for (const l of lines) {
    // Most lines have no space inside their content: nothing to collapse.
    let inner = false;
    for (let i = l.contentStart; i < l.contentEnd; i++) if (isSpaceCode(text.charCodeAt(i))) { inner = true; break; }
    if (!inner) continue;
    // Tokens separated by runs of spaces inside the line.
    const tokens: { start: number; end: number; letters: number }[] = [];
    let i = l.contentStart;
    while (i < l.contentEnd) {
      while (i < l.contentEnd && isSpaceCode(text.charCodeAt(i))) i++;
      const s = i;
      let letters = 0;
      while (i < l.contentEnd && !isSpaceCode(text.charCodeAt(i))) { if (isLetter(text.charCodeAt(i))) letters++; i++; }
      if (i > s) tokens.push({ start: s, end: i, letters });
      if (tokens.length > 4096) break; // a line of thousands of tokens is not a letter-spaced headline
    }
    let units = 0;
    for (const t of tokens) if (t.letters === 1) units++;
    if (units < 2) continue;
    const spaced = units >= 3 && units >= tokens.length * 0.5;
    for (let k = 1; k < tokens.length; k++) {
      const a = tokens[k - 1]!;
      const b = tokens[k]!;
      const gap = b.start - a.end;
      const close = (a.letters === 1 && b.letters <= 2 && b.letters > 0) || (b.letters === 1 && a.letters <= 2 && a.letters > 0);
      if (!close) continue;
      if (gap === 1) acts[a.end] = Act.Drop;
      else if (spaced) for (let j = a.end + 1; j < b.start; j++) acts[j] = Act.Drop; // a wider gap is a word break: keep one space
    }
  }
}

/** Normalizes `original` for analysis; see the file header for what changes. */
export function normalize(original: string, options: NormalizeOptions = {}): Normalized {
  const n = original.length;
  const acts = new Uint8Array(n);
  const collapse = options.collapseLetterSpacing !== false;
  const multiline = original.indexOf('\n') >= 0;
  const lines = collapse || multiline ? splitLines(original) : [];
  if (collapse) planLetterSpacing(original, lines, acts);
  if (multiline) planLineBreaks(original, lines, acts, options.rejoinLines !== false);
  const fold = options.foldWidth !== false;
  // Normalization never inserts: the output and its map fit in n units, written in place.
  const out = new Uint16Array(n);
  const sourceStart = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    let c = original.charCodeAt(i);
    const act = acts[i];
    // Most units are kept as they are: one table read decides.
    if (act === Act.Keep && PLAIN[c] === 1) { sourceStart[k] = i; out[k++] = c; continue; }
    if (act === Act.Drop) continue;
    if (c === 0x0d) { // \r of \r\n: the \n carries the line end
      if (i + 1 < n && original.charCodeAt(i + 1) === 0x0a) continue;
      c = 0x0a;
    }
    if (isInvisible(c)) continue;
    if (act === Act.Space) c = 0x20;
    else if (act === Act.Newline) c = 0x0a;
    else if (isHigh(c)) {
      if (i + 1 < n && isLow(original.charCodeAt(i + 1))) {
        sourceStart[k] = i; out[k++] = c;
        sourceStart[k] = i + 1; out[k++] = original.charCodeAt(i + 1);
        i++;
        continue;
      }
      c = 0xfffd;
    } else if (isLow(c)) c = 0xfffd;
    else if (fold) c = foldWidthCode(c);
    sourceStart[k] = i;
    out[k++] = c;
  }
  // Every normalized unit comes from exactly one original unit.
  const starts = sourceStart.subarray(0, k);
  const ends = new Int32Array(k);
  for (let j = 0; j < k; j++) ends[j] = starts[j]! + 1;
  let map: OffsetMap = { length: k, sourceLength: n, sourceStart: starts, sourceEnd: ends };
  let text = decodeUtf16(out, k);
  if (options.toSimplified) ({ text, map } = convertScript(text, map, options.toSimplified));
  return { text, matchText: foldForMatching(text), map };
}

/** True on little-endian machines, where a Uint16Array's bytes are UTF-16LE. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The string of `units[0, length)` (no lone surrogates: normalization replaced them). */
function decodeUtf16(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) s += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  return s;
}

/** Applies a script converter, keeping offsets: whole-text when it preserves length, else per code point. */
function convertScript(text: string, map: OffsetMap, convert: (s: string) => string): { text: string; map: OffsetMap } {
  const whole = convert(text);
  if (whole.length === text.length) return { text: whole, map };
  let out = '';
  const builder = new OffsetMapBuilder(text.length);
  for (const ch of text) {
    const conv = convert(ch);
    const use = conv.length === ch.length ? conv : ch;
    const base = out.length;
    out += use;
    for (let j = 0; j < use.length; j++) builder.push(base + j, base + j + 1);
  }
  return { text: out, map: composeOffsetMaps(map, builder.build()) };
}
