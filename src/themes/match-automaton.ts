/**
 * createAutomaton: literal patterns → an Aho–Corasick automaton over UTF-16 code units that
 * reports every occurrence (overlaps included) in one left-to-right pass, in linear time.
 * Ignorable units (whitespace, quote marks) are skipped in text and patterns alike, so a line
 * break or a quote inside a slogan does not break it; reported ranges still index the text.
 * Why not `modern-ahocorasick` here: it segments graphemes with `Intl.Segmenter`, ~0.1 M CJK
 * chars/s measured, far below the 20 MB/s budget; it is the oracle in the tests instead.
 */

/** Code units that matching skips: whitespace and every quote mark `normalize` may leave. */
const IGNORABLE = ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b"\'“”‘’「」『』〝〞＂＇';

/** Lookup table: 1 where a code unit is ignorable. */
const SKIP = (() => {
  const table = new Uint8Array(65536);
  for (let i = 0; i < IGNORABLE.length; i++) table[IGNORABLE.charCodeAt(i)] = 1;
  return table;
})();

/** True when matching skips this UTF-16 code unit. */
export function isIgnorable(code: number): boolean {
  return SKIP[code] === 1;
}

/** `text` without the units matching skips (the form patterns are compiled in). */
export function stripIgnorable(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (SKIP[text.charCodeAt(i)] !== 1) out += text[i];
  return out;
}

/** Receives one occurrence: the pattern's index and its half-open range in the scanned text. */
export type MatchSink = (pattern: number, start: number, end: number) => void;

/** A compiled, immutable multi-pattern matcher. */
export interface Automaton {
  /** Number of patterns, in input order. */
  readonly patternCount: number;
  /** Number of trie states (a size measure). */
  readonly stateCount: number;
  /** Reports every occurrence of every pattern, ordered by end; never throws on any string. */
  scan(text: string, sink: MatchSink): void;
}

/**
 * Compiles `patterns` (compared after `stripIgnorable`; each must keep at least one unit).
 * Building is linear in the total pattern length times the output fan-out.
 */
export function createAutomaton(patterns: readonly string[]): Automaton {
  const stripped = patterns.map(stripIgnorable);
  stripped.forEach((p, i) => {
    if (p.length === 0) throw new RangeError(`pattern ${i} is empty after removing spaces and quotes`);
  });
  // Alphabet: only code units that occur in some pattern get an index; others reset to the root.
  const alphabet = new Int32Array(65536).fill(-1);
  let alphabetSize = 0;
  for (const p of stripped) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (alphabet[c] === -1) alphabet[c] = alphabetSize++;
    }
  }
  const width = Math.max(alphabetSize, 1);
  const goto = new Map<number, number>();
  const ownOutputs: number[][] = [[]];
  const lengths = new Int32Array(stripped.length);
  let states = 1;
  stripped.forEach((p, index) => {
    let state = 0;
    for (let i = 0; i < p.length; i++) {
      const key = state * width + alphabet[p.charCodeAt(i)]!;
      let next = goto.get(key);
      if (next === undefined) {
        next = states++;
        goto.set(key, next);
        ownOutputs.push([]);
      }
      state = next;
    }
    ownOutputs[state]!.push(index);
    lengths[index] = p.length;
  });
  // Children lists for the breadth-first failure computation.
  const children: Array<Array<[number, number]>> = Array.from({ length: states }, () => []);
  for (const [key, child] of goto) {
    const parent = Math.floor(key / width);
    children[parent]!.push([key - parent * width, child]);
  }
  const fail = new Int32Array(states);
  const order: number[] = [0];
  for (let head = 0; head < order.length; head++) {
    const state = order[head]!;
    for (const [symbol, child] of children[state]!) {
      order.push(child);
      if (state === 0) continue;
      let f = fail[state]!;
      for (;;) {
        const next = goto.get(f * width + symbol);
        if (next !== undefined) {
          fail[child] = next;
          break;
        }
        if (f === 0) break;
        f = fail[f]!;
      }
    }
  }
  // Flattened outputs: a state's own patterns followed by its failure state's (already built).
  const outputs: number[][] = new Array(states);
  for (const state of order) {
    const inherited = state === 0 ? [] : outputs[fail[state]!]!;
    outputs[state] = ownOutputs[state]!.length === 0 ? inherited : [...ownOutputs[state]!, ...inherited];
  }
  const outStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s]! + outputs[s]!.length;
  const outList = new Int32Array(outStart[states]!);
  for (let s = 0; s < states; s++) outList.set(outputs[s]!, outStart[s]!);
  const rootNext = new Int32Array(width);
  for (const [symbol, child] of children[0]!) rootNext[symbol] = child;
  // Goto as sorted per-state child arrays (binary search while scanning, no Map look-up per unit).
  const childStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) childStart[s + 1] = childStart[s]! + children[s]!.length;
  const childSymbol = new Int32Array(childStart[states]!);
  const childState = new Int32Array(childStart[states]!);
  for (let s = 0; s < states; s++) {
    const list = children[s]!.slice().sort((a, b) => a[0] - b[0]);
    list.forEach(([symbol, child], k) => {
      childSymbol[childStart[s]! + k] = symbol;
      childState[childStart[s]! + k] = child;
    });
  }
  const maxLength = Math.max(1, ...Array.from(lengths));

  function scan(text: string, sink: MatchSink): void {
    if (stripped.length === 0) return;
    const ring = new Int32Array(maxLength);
    let consumed = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (SKIP[code] === 1) continue;
      ring[consumed % maxLength] = i;
      consumed++;
      const symbol = alphabet[code]!;
      if (symbol < 0) {
        state = 0;
        continue;
      }
      for (;;) {
        if (state === 0) {
          state = rootNext[symbol]!;
          break;
        }
        let lo = childStart[state]!;
        let hi = childStart[state + 1]! - 1;
        let next = -1;
        while (lo <= hi) {
          const mid = (lo + hi) >>> 1;
          const m = childSymbol[mid]!;
          if (m === symbol) { next = childState[mid]!; break; }
          if (m < symbol) lo = mid + 1; else hi = mid - 1;
        }
        if (next >= 0) {
          state = next;
          break;
        }
        state = fail[state]!;
      }
      const from = outStart[state]!;
      const to = outStart[state + 1]!;
      for (let o = from; o < to; o++) {
        const pattern = outList[o]!;
        sink(pattern, ring[(consumed - lengths[pattern]!) % maxLength]!, i + 1);
      }
    }
  }

  return { patternCount: stripped.length, stateCount: states, scan };
}
