import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerEvalCommand } from '../../src/cli/eval-command.js';
import { registerTrainCommand } from '../../src/cli/train-command.js';

function program(): Command {
  const p = new Command('tifa').exitOverride();
  registerTrainCommand(p);
  registerEvalCommand(p);
  return p;
}

function capture(): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out += String(chunk); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err += String(chunk); return true; });
  return { out: () => out, err: () => err };
}

// Tiny corpora written here (not from any corpus).
const BIO = ['王\tB-PER', '小\tI-PER', '明\tI-PER', '在\tO', '杭\tB-LOC', '州\tI-LOC', '工\tO', '作\tO', '。\tO', ''].join('\n');

afterEach(() => { vi.restoreAllMocks(); process.exitCode = undefined; });

describe('cli/train and eval', () => {
  it('trains a model directory with manifest and card, then evaluates it as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-train-'));
    const corpus = join(dir, 'tiny.bio');
    writeFileSync(corpus, `${BIO}\n${BIO}\n`);
    const out = join(dir, 'model');
    const io = capture();
    await program().parseAsync(['node', 'tifa', 'train', '--corpus', `bio:${corpus}`, '--dev', `bio:${corpus}`, '--out', out, '--epochs', '2', '--bits', '12']);
    expect(existsSync(join(out, 'weights.bin'))).toBe(true);
    expect(readFileSync(join(out, 'MODEL_CARD.md'), 'utf8')).toContain('Label mapping');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'ner', labels: ['PER', 'LOC', 'ORG', 'TITLE'], featureBits: 12 });
    expect(manifest.sha256).toMatch(/^[0-9a-f]{64}$/);
    await program().parseAsync(['node', 'tifa', 'eval', '--corpus', `bio:${corpus}`, '--model', out, '--json']);
    const json = JSON.parse(io.out().slice(io.out().indexOf('{\n')));
    expect(json.results[0].scores.micro).toHaveProperty('f1');
  }, 120_000);

  it('names the file and line of a malformed training line, or skips it with --skip-bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-train-'));
    const corpus = join(dir, 'bad.bio');
    writeFileSync(corpus, `${BIO}\noops\n\n${BIO}`);
    const io = capture();
    await program().parseAsync(['node', 'tifa', 'train', '--corpus', `bio:${corpus}`, '--out', join(dir, 'm'), '--epochs', '1', '--bits', '12']);
    expect(io.err()).toContain(`${corpus} line 11`);
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
    await program().parseAsync(['node', 'tifa', 'train', '--corpus', `bio:${corpus}`, '--out', join(dir, 'm'), '--epochs', '1', '--bits', '12', '--skip-bad']);
    expect(io.err()).toContain('skipped 1 malformed');
  }, 120_000);

  it('says which dev corpus it could not find', async () => {
    const io = capture();
    const before = process.env.TIFA_SHARED_DATA;
    process.env.TIFA_SHARED_DATA = join(tmpdir(), 'no-such-shared-data');
    try {
      await program().parseAsync(['node', 'tifa', 'eval', '--dev']);
    } finally {
      if (before === undefined) delete process.env.TIFA_SHARED_DATA; else process.env.TIFA_SHARED_DATA = before;
    }
    expect(io.err()).toContain('corpus not found');
    expect(io.err()).toContain('msra/train.bio');
    expect(process.exitCode).toBe(1);
  });
});
