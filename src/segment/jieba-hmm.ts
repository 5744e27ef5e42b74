/**
 * jieba's character HMM for words missing from the dictionary: states B(egin) E(nd) M(iddle)
 * S(ingle), a start and transition table and per-state emission log-probabilities of the characters
 * 一…龥 (U+4E00–U+9FD5), read from `lexicons/segment/jieba-hmm-model.utf8` (jieba's model as
 * distributed by cppjieba, MIT; the same values `@node-rs/jieba` embeds). Decoding follows jieba:
 * Viterbi over the four states, ties going to the later state in B < E < M < S order.
 */

const B = 0;
const E = 1;
const M = 2;
const S = 3;
/** jieba's stand-in for log 0. */
export const MIN_FLOAT = -3.14e100;
const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fd5;
const HAN_SPAN = HAN_LAST - HAN_FIRST + 1;
/** Characters the emission table covers per state. */
export const HMM_HAN_SPAN = HAN_SPAN;

/** The parsed model. */
export interface HmmModel {
  /** Start log-probabilities by state. */
  readonly start: Float64Array;
  /** Transition log-probabilities, `trans[from * 4 + to]`. */
  readonly trans: Float64Array;
  /** Emission log-probabilities, `emit[state * HAN_SPAN + (c - 0x4E00)]`; MIN_FLOAT when absent. */
  readonly emit: Float64Array;
}

/** Whether `c` is a character the HMM cuts (U+4E00–U+9FD5). */
export function isHmmHan(c: number): boolean {
  return c >= HAN_FIRST && c <= HAN_LAST;
}

/** Parses the model text: start line, four transition lines, four emission lines (`字:logp,…`). */
export function parseHmmModel(text: string): HmmModel {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length < 9) throw new RangeError(`HMM model: expected 9 data lines, found ${lines.length}`);
  const numbers = (line: string, count: number, what: string): number[] => {
    const xs = line.split(/\s+/).map(Number);
    if (xs.length !== count || xs.some((x) => !Number.isFinite(x))) throw new RangeError(`HMM model: ${what} must be ${count} numbers`);
    return xs;
  };
  const start = Float64Array.from(numbers(lines[0]!, 4, 'the start line'));
  const trans = new Float64Array(16);
  for (let from = 0; from < 4; from++) trans.set(numbers(lines[1 + from]!, 4, `transition line ${from + 1}`), from * 4);
  const emit = new Float64Array(4 * HAN_SPAN).fill(MIN_FLOAT);
  for (let state = 0; state < 4; state++) {
    for (const item of lines[5 + state]!.split(',')) {
      const colon = item.lastIndexOf(':');
      if (colon <= 0) throw new RangeError(`HMM model: emission line ${state + 1} has an entry without "char:logp"`);
      const ch = item.slice(0, colon);
      const p = Number(item.slice(colon + 1));
      if (!Number.isFinite(p)) throw new RangeError(`HMM model: emission line ${state + 1}: ${JSON.stringify(item)} is not a number`);
      const c = ch.length === 1 ? ch.charCodeAt(0) : -1;
      if (isHmmHan(c)) emit[state * HAN_SPAN + (c - HAN_FIRST)] = p;
    }
  }
  return { start, trans, emit };
}

/** Reusable Viterbi buffers. */
export class HmmDecoder {
  private v = new Float64Array(0);
  private prev = new Int8Array(0);
  constructor(private readonly model: HmmModel) {}

  /**
   * Cuts `text[start, end)` (characters U+4E00–U+9FD5 only, at least two) into words, pushing each
   * word's end offset to `ends`.
   */
  cutHan(text: string, start: number, end: number, ends: number[]): void {
    const n = end - start;
    if (this.v.length < 4 * n) { this.v = new Float64Array(4 * n * 2); this.prev = new Int8Array(4 * n * 2); }
    const { v, prev } = this;
    const { start: sp, trans, emit } = this.model;
    const c0 = text.charCodeAt(start) - HAN_FIRST;
    for (let y = 0; y < 4; y++) v[y] = sp[y]! + emit[y * HAN_SPAN + c0]!;
    for (let t = 1; t < n; t++) {
      const c = text.charCodeAt(start + t) - HAN_FIRST;
      const o = (t - 1) * 4;
      // B from E or S; E from B or M; M from M or B; S from S or E. On a tie the later state wins.
      let em = emit[B * HAN_SPAN + c]!;
      let x = v[o + E]! + trans[E * 4 + B]! + em;
      let y = v[o + S]! + trans[S * 4 + B]! + em;
      if (y >= x) { v[o + 4 + B] = y; prev[o + 4 + B] = S; } else { v[o + 4 + B] = x; prev[o + 4 + B] = E; }
      em = emit[E * HAN_SPAN + c]!;
      x = v[o + B]! + trans[B * 4 + E]! + em;
      y = v[o + M]! + trans[M * 4 + E]! + em;
      if (y >= x) { v[o + 4 + E] = y; prev[o + 4 + E] = M; } else { v[o + 4 + E] = x; prev[o + 4 + E] = B; }
      em = emit[M * HAN_SPAN + c]!;
      x = v[o + M]! + trans[M * 4 + M]! + em;
      y = v[o + B]! + trans[B * 4 + M]! + em;
      if (x >= y) { v[o + 4 + M] = x; prev[o + 4 + M] = M; } else { v[o + 4 + M] = y; prev[o + 4 + M] = B; }
      em = emit[S * HAN_SPAN + c]!;
      x = v[o + S]! + trans[S * 4 + S]! + em;
      y = v[o + E]! + trans[E * 4 + S]! + em;
      if (x >= y) { v[o + 4 + S] = x; prev[o + 4 + S] = S; } else { v[o + 4 + S] = y; prev[o + 4 + S] = E; }
    }
    const last = (n - 1) * 4;
    let state = v[last + S]! >= v[last + E]! ? S : E;
    // Walk back, then emit words left to right: a word ends at each E or S.
    const states = new Int8Array(n);
    for (let t = n - 1; t >= 0; t--) {
      states[t] = state;
      if (t > 0) state = prev[t * 4 + state]!;
    }
    let next = start;
    for (let t = 0; t < n; t++) {
      const st = states[t]!;
      if (st === E || st === S) { next = start + t + 1; ends.push(next); }
    }
    if (next < end) ends.push(end);
  }
}
