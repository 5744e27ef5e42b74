/**
 * compactName: the written form of a name or title without the spaces a page puts between its
 * characters (王 影 → 王影, 融媒首席记者 across a line break), keeping one space between two Latin
 * words (Tim Cook, not TimCook).
 */

const LATIN = /[A-Za-z0-9]/u;

/** `s` without whitespace, except one space where it separates two Latin letters or digits. */
export function compactName(s: string): string {
  return s.replace(/\s+/gu, (run: string, at: number, all: string) => (LATIN.test(all[at - 1] ?? '') && LATIN.test(all[at + run.length] ?? '') ? ' ' : ''));
}
