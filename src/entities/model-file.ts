/**
 * Model directory I/O: `weights.bin` (pruned, int8-quantized feature rows + transitions + lexicon)
 * and `manifest.json` (versions, labels, data, scores, sha256). Loading checks the format and
 * feature versions, the checksum and every section length, so a corrupt, truncated or
 * incompatible model is a `TifaError` naming the file, never a crash or a silently wrong model.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../resources/package-root.js';
import { TifaError } from '../errors.js';
import { rankOfSortedBuckets, type EntityModel, type ModelManifest } from './entity-model.js';
import { FEATURE_TEMPLATE_VERSION } from './features.js';
import { PREFIX_BITS } from './lexicon-features.js';
import { createTagSet } from './viterbi.js';

/** Binary format version of `weights.bin`. */
export const MODEL_FORMAT_VERSION = 2;
const MAGIC = 'TIFANER2';
const TRAILER = 0x21444e45; // 'END!'
const HEADER_BYTES = 40;

/** Fields of the manifest the caller supplies when saving. */
export type ManifestInput = Omit<ModelManifest, 'formatVersion' | 'featureVersion' | 'sha256' | 'bytes' | 'weights' | 'labels' | 'featureBits' | 'tagScheme'>;

function align4(n: number): number {
  return (n + 3) & ~3;
}

/**
 * Serialise a model, keeping at most `maxRows` feature rows (those with the largest weights) and
 * quantizing each row to int8 with its own scale.
 */
export function encodeModel(model: EntityModel, maxRows = Number.POSITIVE_INFINITY, minWeight = 0): Buffer {
  const T = model.tagSet.size;
  const buckets = model.index.length;
  const kept: { bucket: number; row: number; peak: number }[] = [];
  for (let b = 0; b < buckets; b++) {
    const r = model.index[b]!;
    if (r < 0) continue;
    let peak = 0;
    const scale = model.rowScale[r]!;
    for (let t = 0; t < T; t++) peak = Math.max(peak, Math.abs(model.rows[r * T + t]! * scale));
    if (peak > minWeight) kept.push({ bucket: b, row: r, peak });
  }
  if (kept.length > maxRows) {
    kept.sort((a, b) => b.peak - a.peak || a.bucket - b.bucket);
    kept.length = maxRows;
    kept.sort((a, b) => a.bucket - b.bucket);
  }
  const R = kept.length;
  const S = model.lexicon.keys.length;
  const size = HEADER_BYTES + 4 * (T * T + 2 * T) + 4 * R + 4 * R + 4 * S + align4(2 * S) + 4 * model.lexicon.prefixes.length + align4(R * T) + 4;
  const buf = Buffer.alloc(size);
  buf.write(MAGIC, 0, 'ascii');
  buf.writeUInt32LE(MODEL_FORMAT_VERSION, 8);
  buf.writeUInt32LE(T, 12);
  buf.writeUInt32LE(model.bits, 16);
  buf.writeUInt32LE(R, 20);
  buf.writeUInt32LE(S, 24);
  buf.writeUInt32LE(model.lexicon.maxLength, 28);
  let off = HEADER_BYTES;
  for (const arr of [model.trans, model.start, model.end]) {
    for (let i = 0; i < arr.length; i++) { buf.writeFloatLE(arr[i]!, off); off += 4; }
  }
  for (const k of kept) { buf.writeUInt32LE(k.bucket, off); off += 4; }
  for (const k of kept) { buf.writeFloatLE(model.rowScale[k.row]!, off); off += 4; }
  for (let i = 0; i < S; i++) { buf.writeUInt32LE(model.lexicon.keys[i]!, off); off += 4; }
  for (let i = 0; i < S; i++) { buf.writeUInt16LE(model.lexicon.cats[i]!, off); off += 2; }
  off = align4(off);
  for (let i = 0; i < model.lexicon.prefixes.length; i++) { buf.writeUInt32LE(model.lexicon.prefixes[i]!, off); off += 4; }
  for (const k of kept) {
    // Rows are already int8 with scale peak / 127: copy them as they are.
    for (let t = 0; t < T; t++) buf.writeInt8(model.rows[k.row * T + t]!, off++);
  }
  off = align4(off);
  buf.writeUInt32LE(TRAILER, off);
  return buf;
}

/** Write `weights.bin` and `manifest.json` into `dir`; returns the manifest written. */
export function saveEntityModel(dir: string, model: EntityModel, manifest: ManifestInput, maxRows?: number): ModelManifest {
  mkdirSync(dir, { recursive: true });
  const bytes = encodeModel(model, maxRows);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(join(dir, 'weights.bin'), bytes);
  const full: ModelManifest = {
    ...manifest,
    formatVersion: MODEL_FORMAT_VERSION,
    featureVersion: FEATURE_TEMPLATE_VERSION,
    labels: model.tagSet.labels,
    tagScheme: 'BIOES',
    featureBits: model.bits,
    weights: 'weights.bin',
    sha256,
    bytes: bytes.length,
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(full, null, 2)}\n`);
  return full;
}

/** Load a model directory (`manifest.json` + weights), verifying versions and checksum. */
export function loadEntityModel(dir: string): EntityModel {
  const manifestPath = join(dir, 'manifest.json');
  let manifestText: string;
  try {
    manifestText = readFileSync(manifestPath, 'utf8');
  } catch (error) {
    throw new TifaError('resource_not_found', `tifa: ${manifestPath}: model manifest not found`, { file: manifestPath }, { cause: error });
  }
  let manifest: ModelManifest;
  try {
    manifest = JSON.parse(manifestText) as ModelManifest;
  } catch (error) {
    throw new TifaError('resource_parse', `tifa: ${manifestPath}: expected JSON, found invalid text`, { file: manifestPath }, { cause: error });
  }
  if (typeof manifest !== 'object' || manifest === null || typeof manifest.weights !== 'string' || !Array.isArray(manifest.labels)) {
    throw new TifaError('resource_parse', `tifa: ${manifestPath}: expected a model manifest with "weights" and "labels"`, { file: manifestPath });
  }
  if (manifest.formatVersion !== MODEL_FORMAT_VERSION || manifest.featureVersion !== FEATURE_TEMPLATE_VERSION) {
    throw new TifaError('model_incompatible',
      `tifa: ${manifestPath}: expected format ${MODEL_FORMAT_VERSION} / features ${FEATURE_TEMPLATE_VERSION}, found ${String(manifest.formatVersion)} / ${String(manifest.featureVersion)}`,
      { file: manifestPath });
  }
  const weightsPath = join(dir, manifest.weights.replace(/[\\/]/g, ''));
  let bytes: Buffer;
  try {
    bytes = readFileSync(weightsPath);
  } catch (error) {
    throw new TifaError('resource_not_found', `tifa: ${weightsPath}: model weights not found`, { file: weightsPath }, { cause: error });
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (sha !== manifest.sha256) {
    throw new TifaError('resource_checksum', `tifa: ${weightsPath}: expected sha256 ${String(manifest.sha256).slice(0, 12)}…, found ${sha.slice(0, 12)}…`, { file: weightsPath });
  }
  return decodeModel(bytes, manifest, weightsPath);
}

/** Parse weights bytes (checked against `manifest`); `file` names the source in errors. */
export function decodeModel(bytes: Buffer, manifest: ModelManifest, file: string): EntityModel {
  const bad = (what: string): TifaError => new TifaError('resource_parse', `tifa: ${file}: ${what}`, { file });
  const magic = bytes.toString('latin1', 0, Math.min(8, bytes.length));
  if (/^TIFANER\d$/.test(magic) && magic !== MAGIC) {
    throw new TifaError('model_incompatible', `tifa: ${file}: expected magic ${MAGIC}, found ${magic} (a model of another format)`, { file });
  }
  if (bytes.length < HEADER_BYTES || magic !== MAGIC) throw bad(`expected magic ${MAGIC}, found ${JSON.stringify(bytes.toString('latin1', 0, Math.min(8, bytes.length)))}`);
  const version = bytes.readUInt32LE(8);
  if (version !== MODEL_FORMAT_VERSION) {
    throw new TifaError('model_incompatible', `tifa: ${file}: expected format version ${MODEL_FORMAT_VERSION}, found ${version}`, { file });
  }
  const T = bytes.readUInt32LE(12);
  const bits = bytes.readUInt32LE(16);
  const R = bytes.readUInt32LE(20);
  const S = bytes.readUInt32LE(24);
  const maxLength = bytes.readUInt32LE(28);
  const tagSet = createTagSet(manifest.labels);
  if (T !== tagSet.size || bits !== manifest.featureBits) {
    throw new TifaError('model_incompatible', `tifa: ${file}: expected ${tagSet.size} tags and ${manifest.featureBits} hash bits, found ${T} and ${bits}`, { file });
  }
  if (bits < 8 || bits > 26 || (S & (S - 1)) !== 0 || S === 0 || R > 1 << bits || maxLength > 64) throw bad('expected sane header sizes');
  const P = 1 << (PREFIX_BITS - 5);
  const size = HEADER_BYTES + 4 * (T * T + 2 * T) + 8 * R + 4 * S + align4(2 * S) + 4 * P + align4(R * T) + 4;
  if (bytes.length !== size) throw bad(`expected ${size} bytes, found ${bytes.length} (truncated or corrupt)`);
  if (bytes.readUInt32LE(size - 4) !== TRAILER) throw bad('expected the end marker (truncated or corrupt)');
  // A large file read whole has a 4-aligned buffer of its own: view it in place (the copies below
  // are of the small arrays only); otherwise copy it out of Node's shared pool.
  const own = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length;
  const ab = own ? bytes.buffer as ArrayBuffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  let off = HEADER_BYTES;
  const trans = new Float32Array(ab, off, T * T).slice(); off += 4 * T * T;
  const start = new Float32Array(ab, off, T).slice(); off += 4 * T;
  const end = new Float32Array(ab, off, T).slice(); off += 4 * T;
  const bucketIds = new Uint32Array(ab, off, R); off += 4 * R;
  const scales = new Float32Array(ab, off, R); off += 4 * R;
  const keys = new Uint32Array(ab, off, S).slice(); off += 4 * S;
  const cats = new Uint16Array(ab, off, S).slice(); off = align4(off + 2 * S);
  const prefixes = new Uint32Array(ab, off, P); off += 4 * P;
  const rows = new Int8Array(ab, off, R * T);
  const rank = rankOfSortedBuckets(bucketIds, 1 << bits);
  if (typeof rank === 'string') throw bad(rank);
  // Scoring reads rows through the rank; the bucket → row array (8 MB) is built only when asked
  // (re-encoding a model, tag sets other than the shipped one).
  let index: Int32Array | undefined;
  return {
    manifest, tagSet, bits, rank, rows, rowScale: Float32Array.from(scales), trans, start, end,
    get index(): Int32Array {
      if (!index) {
        index = new Int32Array(1 << bits).fill(-1);
        for (let r = 0; r < R; r++) index[bucketIds[r]!] = r;
      }
      return index;
    },
    lexicon: { keys, cats, maxLength, prefixes },
    source: `model:${manifest.name}@${manifest.version}`,
  };
}

/** The shipped model directory (`models/ner` of the package). */
export function defaultEntityModelDir(): string {
  return join(packageRoot(), 'models', 'ner');
}
