import { describe, expect, it } from 'vitest';
import { checkEncoding, decodeBytes, decodeStream } from '../src/encoding.js';

/** 市委书记章旭升赴城西新区调研。 in GBK, 市委書記章旭升 in Big5 (bytes written out by iconv). */
const GBK = Buffer.from('cad0ceafcae9bcc7d5c2d0f1c9fdb8b0b3c7cef7d0c2c7f8b5f7d1d0a1a3', 'hex');
const BIG5 = Buffer.from('a5aba965aed1b04fb3b9a6b0a4c9', 'hex');

async function collect(chunks: Iterable<Uint8Array | string>, encoding: string, strict = true): Promise<string> {
  let out = '';
  for await (const s of decodeStream((async function* () { yield* chunks; })(), 'in', encoding, strict)) out += s;
  return out;
}

describe('encodings', () => {
  it.each([['utf-8', 'utf-8'], ['UTF8', 'utf-8'], [' gbk ', 'gbk'], ['GB18030', 'gb18030'], ['big5', 'big5'], ['utf-16le', 'utf-16le']])('names %j as %j', (label, name) => {
    expect(checkEncoding(label)).toBe(name);
  });

  it('refuses an unknown encoding as a bad option', () => {
    expect(() => checkEncoding('klingon')).toThrow(expect.objectContaining({ code: 'invalid_option', message: expect.stringContaining('--encoding') }));
  });

  it('decodes GBK, Big5 and UTF-16 bytes, and drops a byte-order mark', () => {
    expect(decodeBytes(GBK, 'a.txt', 'gbk')).toBe('市委书记章旭升赴城西新区调研。');
    expect(decodeBytes(GBK, 'a.txt', 'gb18030')).toBe('市委书记章旭升赴城西新区调研。');
    expect(decodeBytes(BIG5, 'a.txt', 'big5')).toBe('市委書記章旭升');
    expect(decodeBytes(Buffer.from('\ufeff市委书记', 'utf16le'), 'a.txt', 'utf-16le')).toBe('市委书记');
    expect(decodeBytes(Buffer.from('\ufeff市委', 'utf8'), 'a.txt')).toBe('市委');
  });

  it('refuses GBK read as UTF-8, naming the file and the option that reads it', () => {
    expect(() => decodeBytes(GBK, 'a.txt')).toThrow(expect.objectContaining({
      code: 'invalid_input',
      message: expect.stringMatching(/a\.txt: not UTF-8 text \(invalid byte sequence; .*--encoding gb18030/),
      details: expect.objectContaining({ file: 'a.txt', encoding: 'utf-8' }),
    }));
  });

  it('refuses binary data, except in UTF-16 where NUL bytes are text', () => {
    expect(() => decodeBytes(Buffer.from([0x41, 0, 0x42]), 'b.bin', 'gbk')).toThrow(expect.objectContaining({ message: expect.stringContaining('b.bin: not gbk text (binary data') }));
    expect(decodeBytes(Buffer.from('AB', 'utf16le'), 'b.txt', 'utf-16le')).toBe('AB');
  });

  it('keeps a character split across stream chunks whole', async () => {
    const chunks = [GBK.subarray(0, 3), GBK.subarray(3, 8), GBK.subarray(8)];
    expect(await collect(chunks, 'gbk')).toBe('市委书记章旭升赴城西新区调研。');
    const utf8 = Buffer.from('亩均论英雄');
    expect(await collect([utf8.subarray(0, 4), utf8.subarray(4)], 'utf-8')).toBe('亩均论英雄');
  });

  it('fails a strict stream on an invalid sequence and makes it U+FFFD when lenient', async () => {
    await expect(collect([GBK], 'utf-8')).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('in: not UTF-8 text') });
    expect(await collect([Buffer.from([0x41, 0xff, 0x42])], 'utf-8', false)).toBe('A\ufffdB');
  });
});
