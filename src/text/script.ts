/**
 * Script handling: Traditional → Simplified with opencc-js (phrase-aware), and detection of
 * Traditional input for `script: 'auto'`. Conversion feeds `normalize`, which keeps every offset
 * pointing into the Traditional original.
 */
import { Converter } from 'opencc-js/t2cn';

/** Which script the caller's text is in. */
export type ScriptOption = 'auto' | 'simplified' | 'traditional';

/** A Traditional → Simplified converter. */
export function createTraditionalConverter(): (text: string) => string {
  return Converter({ from: 't', to: 'cn' });
}

/**
 * True when `text` looks Traditional: among its first 4,000 CJK characters, the converter changes
 * at least 3% and at least 3 of them.
 */
export function looksTraditional(text: string, convert: (text: string) => string): boolean {
  let sample = '';
  for (let i = 0; i < text.length && sample.length < 4000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) sample += text[i];
  }
  if (sample.length === 0) return false;
  const converted = convert(sample);
  if (converted.length !== sample.length) return true;
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) !== converted.charCodeAt(i)) changed++;
  return changed >= 3 && changed >= sample.length * 0.03;
}
