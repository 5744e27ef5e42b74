/**
 * Script handling: Traditional → Simplified with opencc-js (phrase-aware), and detection of
 * Traditional input for `script: 'auto'`. Conversion feeds `normalize`, which keeps every offset
 * pointing into the Traditional original.
 */
import { Converter } from 'opencc-js/t2cn';

/** Which script the caller's text is in. */
export type ScriptOption = 'auto' | 'simplified' | 'traditional';

/**
 * A Traditional → Simplified converter. opencc's phrase tables are built on the first call (tens
 * of milliseconds), so an annotator that never meets Traditional text never pays for them.
 */
export function createTraditionalConverter(): (text: string) => string {
  let convert: ((text: string) => string) | undefined;
  return (text) => (convert ??= Converter({ from: 't', to: 'cn' }))(text);
}

/** Frequent characters that exist only in Traditional writing: a cheap first look before opencc. */
const TRADITIONAL_ONLY = '們這會對發說經與個為國時來點體關門們從後現長動開義學區實當產進業總機無戰條計標幹設屬歷審層議鄉縣區報導織議廣黨權級萬與勞務規劃準濟項環響華還應邊觀員隊幫專縱營雙聯東將軍據樓熱擴';

const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
/** One flag per unified ideograph: 1 when it is in TRADITIONAL_ONLY. */
const traditionalOnly = new Uint8Array(CJK_LAST - CJK_FIRST + 1);
for (let i = 0; i < TRADITIONAL_ONLY.length; i++) traditionalOnly[TRADITIONAL_ONLY.charCodeAt(i) - CJK_FIRST] = 1;

/**
 * True when `text` looks Traditional: its first 4,000 CJK characters hold Traditional-only characters,
 * and on a 600-character sample the converter changes at least 3 % and at least 3 of them.
 */
export function looksTraditional(text: string, convert: (text: string) => string): boolean {
  let hints = 0;
  let seen = 0;
  for (let i = 0; i < text.length && seen < 4000; i++) {
    const c = text.charCodeAt(i);
    if (c < CJK_FIRST || c > CJK_LAST) continue;
    seen++;
    hints += traditionalOnly[c - CJK_FIRST]!;
  }
  if (hints === 0) return false;
  // The sample: the first 600 CJK characters (only built for text that has hints).
  const units: number[] = [];
  for (let i = 0; i < text.length && units.length < 600; i++) {
    const c = text.charCodeAt(i);
    if (c >= CJK_FIRST && c <= CJK_LAST) units.push(c);
  }
  const sample = String.fromCharCode(...units);
  const converted = convert(sample);
  if (converted.length !== sample.length) return true;
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) !== converted.charCodeAt(i)) changed++;
  return changed >= 3 && changed >= sample.length * 0.03;
}
