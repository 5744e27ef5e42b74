/**
 * OffsetMap: normalized text → original text. Normalization only drops or substitutes code units,
 * so every normalized unit i came from the original range [sourceStart[i], sourceEnd[i]).
 * `toOriginal(start, end)` projects a half-open normalized range to a half-open original range;
 * the result always lies inside the original text and `start <= end`.
 */

/** Maps every unit of a normalized string back to the original range it came from. */
export interface OffsetMap {
  /** Length of the normalized text. */
  readonly length: number;
  /** Length of the original text. */
  readonly sourceLength: number;
  /** Original start (inclusive) of every normalized unit. */
  readonly sourceStart: Int32Array;
  /** Original end (exclusive) of every normalized unit. */
  readonly sourceEnd: Int32Array;
}

/** Builds an OffsetMap while a normalized string is written unit by unit. */
export class OffsetMapBuilder {
  #start: Int32Array;
  #end: Int32Array;
  #length = 0;
  readonly #sourceLength: number;

  constructor(sourceLength: number, capacity = sourceLength) {
    this.#sourceLength = sourceLength;
    this.#start = new Int32Array(Math.max(16, capacity));
    this.#end = new Int32Array(Math.max(16, capacity));
  }

  /** Records that the next normalized unit came from original [start, end). */
  push(start: number, end: number): void {
    if (this.#length === this.#start.length) {
      const grow = (a: Int32Array): Int32Array => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      this.#start = grow(this.#start);
      this.#end = grow(this.#end);
    }
    this.#start[this.#length] = start;
    this.#end[this.#length] = end;
    this.#length++;
  }

  /** Finishes the map. */
  build(): OffsetMap {
    return {
      length: this.#length,
      sourceLength: this.#sourceLength,
      sourceStart: this.#start.subarray(0, this.#length),
      sourceEnd: this.#end.subarray(0, this.#length),
    };
  }
}

/** The identity map of a text of `length` units. */
export function identityOffsetMap(length: number): OffsetMap {
  const sourceStart = new Int32Array(length);
  const sourceEnd = new Int32Array(length);
  for (let i = 0; i < length; i++) { sourceStart[i] = i; sourceEnd[i] = i + 1; }
  return { length, sourceLength: length, sourceStart, sourceEnd };
}

/** Composes `outer` (b → a) after `inner` (c → b): the result maps c → a. */
export function composeOffsetMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  const n = inner.length;
  const sourceStart = new Int32Array(n);
  const sourceEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = toOriginal(outer, inner.sourceStart[i]!, inner.sourceEnd[i]!);
    sourceStart[i] = r.start;
    sourceEnd[i] = r.end;
  }
  return { length: n, sourceLength: outer.sourceLength, sourceStart, sourceEnd };
}

/** Projects the normalized range [start, end) to the original text (clamped, never inverted). */
export function toOriginal(map: OffsetMap, start: number, end: number): { start: number; end: number } {
  const n = map.length;
  const s = Math.max(0, Math.min(start, n));
  const e = Math.max(s, Math.min(end, n));
  if (e > s) return { start: map.sourceStart[s]!, end: map.sourceEnd[e - 1]! };
  // Empty range: anchor it where the unit at s starts (or at the end of the last unit).
  const at = s < n ? map.sourceStart[s]! : n > 0 ? map.sourceEnd[n - 1]! : 0;
  return { start: at, end: at };
}

/** Projects an original offset to the first normalized unit at or after it. */
export function toNormalized(map: OffsetMap, offset: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map.sourceEnd[mid]! <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}
