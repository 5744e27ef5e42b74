/**
 * BIOES tag set and constrained Viterbi decoding: emission scores (n × T) + transition, start and
 * end weights → the best tag path that obeys BIOES (no I-X after O, every span closed) and an
 * optional per-position mask of allowed tags. Linear in n; also gives max-marginal margins.
 */

/** Tag kinds inside a span. */
export const KINDS = ['B', 'I', 'E', 'S'] as const;

/** A BIOES tag set over some labels: tag 0 is O, tag 1 + 4l + k is KINDS[k]-labels[l]. */
export interface TagSet {
  /** Labels, in order. */
  readonly labels: readonly string[];
  /** Number of tags (1 + 4 × labels). */
  readonly size: number;
  /** Allowed predecessors of each tag. */
  readonly prev: readonly Int32Array[];
  /** Tags allowed at the start. */
  readonly startOk: Uint8Array;
  /** Tags allowed at the end. */
  readonly endOk: Uint8Array;
}

/** Tag index of `kind` (0 B, 1 I, 2 E, 3 S) for label index `label`. */
export function tagOf(label: number, kind: number): number {
  return 1 + label * 4 + kind;
}

/** Label index of a tag (-1 for O). */
export function labelOfTag(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 2;
}

/** Kind of a tag (0 B, 1 I, 2 E, 3 S; -1 for O). */
export function kindOfTag(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) & 3;
}

/** True when tag `b` may follow tag `a` under BIOES. */
export function allowedTransition(a: number, b: number): boolean {
  const ka = kindOfTag(a);
  const kb = kindOfTag(b);
  const open = ka === 0 || ka === 1;
  if (open) return (kb === 1 || kb === 2) && labelOfTag(a) === labelOfTag(b);
  return b === 0 || kb === 0 || kb === 3;
}

/** Build the BIOES tag set over `labels`. */
export function createTagSet(labels: readonly string[]): TagSet {
  const size = 1 + labels.length * 4;
  const prev: Int32Array[] = [];
  const startOk = new Uint8Array(size);
  const endOk = new Uint8Array(size);
  for (let b = 0; b < size; b++) {
    const list: number[] = [];
    for (let a = 0; a < size; a++) if (allowedTransition(a, b)) list.push(a);
    prev.push(Int32Array.from(list));
    const k = kindOfTag(b);
    startOk[b] = b === 0 || k === 0 || k === 3 ? 1 : 0;
    endOk[b] = b === 0 || k === 2 || k === 3 ? 1 : 0;
  }
  return { labels, size, prev, startOk, endOk };
}

/** Every tag's predecessors `tags[from[t]..to[t])` and the weights of those transitions. */
interface FlatTransitions { readonly from: Int32Array; readonly to: Int32Array; readonly tags: Int32Array; readonly weight: Float64Array }

/**
 * Fills `ws.flat` with the predecessor lists of `tagSet` and the current weights of `trans` (read
 * on every call: a model in training changes them between calls). About a hundred entries.
 */
function flatTransitions(tagSet: TagSet, trans: Float32Array | Float64Array, ws: ViterbiWorkspace): FlatTransitions {
  const T = tagSet.size;
  let total = 0;
  for (const p of tagSet.prev) total += p.length;
  let flat = ws.flat;
  if (!flat || flat.from.length !== T || flat.tags.length !== total) {
    flat = ws.flat = { from: new Int32Array(T), to: new Int32Array(T), tags: new Int32Array(total), weight: new Float64Array(total) };
  }
  let k = 0;
  for (let t = 0; t < T; t++) {
    flat.from[t] = k;
    for (const a of tagSet.prev[t]!) { flat.tags[k] = a; flat.weight[k] = trans[a * T + t]!; k++; }
    flat.to[t] = k;
  }
  return flat;
}

/** Transition parameters. */
export interface TransitionWeights {
  /** T × T, `trans[a * T + b]` scores a → b. */
  readonly trans: Float32Array | Float64Array;
  /** Score of starting with each tag. */
  readonly start: Float32Array | Float64Array;
  /** Score of ending with each tag. */
  readonly end: Float32Array | Float64Array;
}

/** Workspace reused across calls (grows as needed). */
export class ViterbiWorkspace {
  /** Forward scores. */
  delta = new Float64Array(0);
  /** Back pointers. */
  back = new Uint8Array(0);
  /** Backward scores (for margins). */
  beta = new Float64Array(0);
  /** Flattened transitions of the last call. */
  flat: FlatTransitions | undefined;
  /** Ensure room for n × T. */
  reserve(cells: number): void {
    if (this.delta.length < cells) {
      this.delta = new Float64Array(cells * 2);
      this.back = new Uint8Array(cells * 2);
      this.beta = new Float64Array(cells * 2);
    }
  }
}

const NEG = -1e300;

/**
 * Best path. `mask[i]` (bit t) restricts the tags at position i when given. Returns false (and
 * leaves `out` untouched) when the mask admits no path.
 */
export function viterbi(
  tagSet: TagSet, emit: Float32Array | Float64Array, n: number, weights: TransitionWeights,
  out: Uint8Array, mask?: Uint32Array | null, ws: ViterbiWorkspace = new ViterbiWorkspace(),
): boolean {
  const T = tagSet.size;
  if (n === 0) return true;
  ws.reserve(n * T);
  const { delta, back } = ws;
  const { trans, start, end } = weights;
  for (let t = 0; t < T; t++) {
    const ok = tagSet.startOk[t] === 1 && (!mask || (mask[0]! & (1 << t)) !== 0);
    delta[t] = ok ? start[t]! + emit[t]! : NEG;
  }
  // Predecessor lists flattened with their transition weights: one contiguous scan per tag.
  const { from, to, tags, weight } = flatTransitions(tagSet, trans, ws);
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const prow = row - T;
    const m = mask ? mask[i]! : -1;
    for (let t = 0; t < T; t++) {
      if ((m & (1 << t)) === 0) { delta[row + t] = NEG; back[row + t] = 0; continue; }
      let best = NEG;
      let arg = 0;
      for (let k = from[t]!, e = to[t]!; k < e; k++) {
        const a = tags[k]!;
        const v = delta[prow + a]! + weight[k]!;
        if (v > best) { best = v; arg = a; }
      }
      delta[row + t] = best <= NEG ? NEG : best + emit[row + t]!;
      back[row + t] = arg;
    }
  }
  const last = (n - 1) * T;
  let best = NEG;
  let arg = -1;
  for (let t = 0; t < T; t++) {
    if (tagSet.endOk[t] !== 1 || delta[last + t]! <= NEG) continue;
    const v = delta[last + t]! + end[t]!;
    if (v > best) { best = v; arg = t; }
  }
  if (arg < 0) return false;
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]!]!;
  return true;
}

/**
 * Max-marginal margin per position for the path in `path` (after an unconstrained `viterbi` with
 * the same workspace): best score with the path's tag at i minus best score with any other tag.
 */
export function pathMargins(
  tagSet: TagSet, emit: Float32Array | Float64Array, n: number, weights: TransitionWeights,
  path: Uint8Array, ws: ViterbiWorkspace, out: Float64Array,
): void {
  const T = tagSet.size;
  if (n === 0) return;
  const { delta, beta } = ws;
  const { trans, end } = weights;
  const { from, to, tags, weight } = flatTransitions(tagSet, trans, ws);
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) beta[last + t] = tagSet.endOk[t] === 1 ? end[t]! : NEG;
  for (let i = n - 2; i >= 0; i--) {
    const row = i * T;
    const nrow = row + T;
    for (let a = 0; a < T; a++) beta[row + a] = NEG;
    for (let b = 0; b < T; b++) {
      const nb = beta[nrow + b]!;
      if (nb <= NEG) continue;
      const v0 = nb + emit[nrow + b]!;
      for (let k = from[b]!, e = to[b]!; k < e; k++) {
        const a = tags[k]!;
        const v = v0 + weight[k]!;
        if (v > beta[row + a]!) beta[row + a] = v;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const row = i * T;
    const chosen = path[i]!;
    const mine = delta[row + chosen]! + beta[row + chosen]!;
    let other = NEG;
    for (let t = 0; t < T; t++) {
      if (t === chosen) continue;
      const v = delta[row + t]! + beta[row + t]!;
      if (v > other) other = v;
    }
    out[i] = other <= NEG ? 1e9 : mine - other;
  }
}

/** Spans `[start, end, labelIndex]` read off a BIOES path. */
export function spansOfPath(path: Uint8Array, n: number): [number, number, number][] {
  const spans: [number, number, number][] = [];
  let open = -1;
  for (let i = 0; i < n; i++) {
    const t = path[i]!;
    const k = kindOfTag(t);
    if (k === 0) open = i;
    else if (k === 3) { spans.push([i, i + 1, labelOfTag(t)]); open = -1; }
    else if (k === 2 && open >= 0) { spans.push([open, i + 1, labelOfTag(t)]); open = -1; }
    else if (k === -1) open = -1;
  }
  return spans;
}
