import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityModel } from '../../src/entities/entity-model.js';
import { loadEntityModel, saveEntityModel } from '../../src/entities/model-file.js';
import { recognizeEntities } from '../../src/entities/recognize-entities.js';
import { isTifaError } from '../../src/errors.js';
import { charWords, trainToyModel } from './toy-model.js';

let model: EntityModel;
let dir: string;

function save(): string {
  const d = mkdtempSync(join(tmpdir(), 'tifa-ner-'));
  const { formatVersion: _a, featureVersion: _b, sha256: _c, bytes: _d, weights: _e, labels: _f, featureBits: _g, tagScheme: _h, ...rest } = model.manifest;
  saveEntityModel(d, model, rest);
  return d;
}

function codeOf(fn: () => unknown): { code: string; file: unknown } {
  try { fn(); } catch (error) { if (isTifaError(error)) return { code: error.code, file: error.details.file }; throw error; }
  throw new Error('expected a TifaError');
}

beforeAll(() => {
  model = trainToyModel();
  dir = save();
});

describe('entities/model-file', () => {
  it('round-trips a model (same entities after int8 quantization)', () => {
    const loaded = loadEntityModel(dir);
    const text = '李四在金华市工作。';
    const strip = (m: EntityModel): unknown => recognizeEntities(m, text, charWords(text)).map((e) => [e.start, e.end, e.label]);
    expect(strip(loaded)).toEqual(strip(model));
    expect(loaded.manifest.labels).toEqual(['PER', 'LOC', 'ORG', 'TITLE']);
  });
  it('rejects a corrupt weights file with resource_checksum', () => {
    const d = save();
    const file = join(d, 'weights.bin');
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(file, bytes);
    expect(codeOf(() => loadEntityModel(d))).toEqual({ code: 'resource_checksum', file });
  });
  it('rejects a truncated file (checksum updated) with resource_parse', () => {
    const d = save();
    const file = join(d, 'weights.bin');
    const bytes = readFileSync(file).subarray(0, 200);
    writeFileSync(file, bytes);
    const manifest = JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8'));
    manifest.sha256 = createHash('sha256').update(bytes).digest('hex');
    writeFileSync(join(d, 'manifest.json'), JSON.stringify(manifest));
    expect(codeOf(() => loadEntityModel(d))).toEqual({ code: 'resource_parse', file });
  });
  it('rejects another format version with model_incompatible', () => {
    const d = save();
    const path = join(d, 'manifest.json');
    writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), formatVersion: 99 }));
    expect(codeOf(() => loadEntityModel(d))).toEqual({ code: 'model_incompatible', file: path });
  });
  it('rejects a manifest that is not JSON with resource_parse', () => {
    const d = save();
    writeFileSync(join(d, 'manifest.json'), '{ nope');
    expect(codeOf(() => loadEntityModel(d)).code).toBe('resource_parse');
  });
  it('reports a missing model directory with resource_not_found', () => {
    expect(codeOf(() => loadEntityModel(join(dir, 'nowhere'))).code).toBe('resource_not_found');
  });
});
