/**
 * Text encodings of input files: UTF-8 by default, or any encoding the WHATWG Encoding Standard
 * names (gb18030 and its alias gbk, big5, utf-16le …) through `TextDecoder`, so a GBK archive or a
 * Big5 page is read without converting it first. Bytes that are not valid in the encoding are an
 * error (or, for streams read leniently, U+FFFD), never silently other text.
 */
import { TifaError } from './errors.js';

/** The default encoding. */
export const DEFAULT_ENCODING = 'utf-8';

/** What to do when UTF-8 is refused: the encodings Chinese text most often comes in otherwise. */
const HINT = 'if it is GBK/GB18030 or Big5 text, pass --encoding gb18030 or --encoding big5';

/** The canonical name of an encoding label (gbk → gbk, UTF8 → utf-8), or a TifaError naming the option. */
export function checkEncoding(label: string): string {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    throw new TifaError('invalid_option', `--encoding: expected an encoding such as utf-8, gb18030, gbk, big5 or utf-16le, found ${JSON.stringify(label)}`, { option: 'encoding' });
  }
}

/** How messages name a canonical encoding: UTF-8, else its WHATWG name (gbk, big5 …). */
export function encodingLabel(canonical: string): string {
  return canonical === 'utf-8' ? 'UTF-8' : canonical;
}

/** The error for bytes of `name` that are not text in `canonical`: `what` in the message, `found` in its details. */
function notText(name: string, canonical: string, what: string, found: string): TifaError {
  return new TifaError('invalid_input', `${name}: not ${encodingLabel(canonical)} text (${what})`, { file: name, encoding: canonical, found });
}

/** `notText` for an invalid byte sequence; for UTF-8 it says which option reads GBK or Big5. */
function invalidBytes(name: string, canonical: string): TifaError {
  const hint = canonical === 'utf-8' ? `; ${HINT}` : '';
  return notText(name, canonical, `invalid byte sequence${hint}`, `an invalid byte sequence${hint}`);
}

/** Whether NUL bytes mark binary data in this encoding (UTF-16 text is full of them). */
function nulIsBinary(encoding: string): boolean {
  return !encoding.startsWith('utf-16');
}

/**
 * Decodes a whole file's bytes as `encoding` (a leading byte-order mark dropped). Binary data and
 * invalid byte sequences throw a TifaError naming `name` (details: `encoding`, and `found`, what was
 * found instead); for UTF-8 the message says which option reads GBK or Big5.
 */
export function decodeBytes(bytes: Uint8Array, name: string, encoding: string = DEFAULT_ENCODING): string {
  const canonical = checkEncoding(encoding);
  if (nulIsBinary(canonical) && bytes.subarray(0, 8192).includes(0)) throw notText(name, canonical, 'binary data: NUL bytes', 'binary data (NUL bytes)');
  try {
    // TextDecoder drops a byte-order mark of its own encoding.
    return new TextDecoder(canonical, { fatal: true }).decode(bytes);
  } catch {
    throw invalidBytes(name, canonical);
  }
}

/**
 * Decodes a byte stream chunk by chunk (a character split across chunks is kept whole). Strict:
 * an invalid sequence throws a TifaError naming `name`; lenient: it becomes U+FFFD. String chunks
 * (a stream that already decodes) pass through.
 */
export async function* decodeStream(chunks: AsyncIterable<Uint8Array | string>, name: string, encoding: string, strict = true): AsyncGenerator<string> {
  const canonical = checkEncoding(encoding);
  const decoder = new TextDecoder(canonical, { fatal: strict });
  try {
    for await (const chunk of chunks) {
      const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (err) {
    // TextDecoder reports an invalid sequence as a TypeError; a read error passes through.
    throw err instanceof TypeError ? invalidBytes(name, canonical) : err;
  }
}
