/**
 * mergeMentions: person mentions of one document → groups, one per person.
 * Full names merge when equal after removing spaces (王 影 = 王影; one stays between Latin words: Tim Cook); a foreign name merges with its
 * last part (贝拉克·奥巴马 … 奥巴马, Tim Cook … Cook); a bare surname (章 of 章书记) joins the nearest full name before it
 * with that surname, else the nearest after, else stands alone. Groups are ordered by first mention;
 * each group's name is its longest full-name mention (the first of equal length).
 */
import { compactName } from './compact-name.js';

/** A mention to merge. */
export interface MergeInput {
  /** First code unit. */
  readonly start: number;
  /** End, exclusive. */
  readonly end: number;
  /** Surface as written. */
  readonly text: string;
}

/** One person: the indices of its mentions in the input and its canonical name. */
export interface MentionGroup {
  /** Canonical name. */
  readonly name: string;
  /** Indices into the input, in text order. */
  readonly members: readonly number[];
}

/** Merges mentions into people; see the file comment. */
export function mergeMentions(mentions: readonly MergeInput[], surnames: ReadonlySet<string>): MentionGroup[] {
  const order = mentions.map((_, i) => i).sort((a, b) => (mentions[a] as MergeInput).start - (mentions[b] as MergeInput).start);
  const key = (i: number): string => compactName((mentions[i] as MergeInput).text);
  const groupOf = new Map<number, number>();
  const groups: number[][] = [];
  const byKey = new Map<string, number>();
  const bare: number[] = [];
  for (const i of order) {
    const k = key(i);
    if (k.length === 0) continue;
    if (surnames.has(k)) { bare.push(i); continue; }
    // The family name of a foreign name: after the last · (贝拉克·奥巴马), or the last Latin word (Tim Cook).
    const cut = Math.max(k.lastIndexOf('·'), /^[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*)+$/u.test(k) ? k.lastIndexOf(' ') : -1);
    const last = cut > 0 ? k.slice(cut + 1) : undefined;
    let g = byKey.get(k) ?? (last ? byKey.get(last) : undefined);
    if (g === undefined) {
      g = groups.length;
      groups.push([]);
    }
    byKey.set(k, g);
    if (last && !byKey.has(last)) byKey.set(last, g);
    groups[g]?.push(i);
    groupOf.set(i, g);
  }
  const bySurname = new Map<string, { start: number; group: number }[]>();
  for (const j of order) {
    const g = groupOf.get(j);
    if (g === undefined) continue;
    const kj = key(j);
    for (const n of [1, 2]) {
      if (kj.length <= n) continue;
      const list = bySurname.get(kj.slice(0, n)) ?? [];
      list.push({ start: (mentions[j] as MergeInput).start, group: g });
      bySurname.set(kj.slice(0, n), list);
    }
  }
  for (const i of bare) {
    const k = key(i);
    const start = (mentions[i] as MergeInput).start;
    const list = bySurname.get(k) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as { start: number }).start < start) lo = mid + 1; else hi = mid;
    }
    let g: number | undefined = list[lo - 1]?.group ?? list[lo]?.group ?? byKey.get(k);
    if (g === undefined) {
      g = groups.length;
      groups.push([]);
      byKey.set(k, g);
    }
    groups[g]?.push(i);
    groupOf.set(i, g);
  }
  const out = groups.filter((g) => g.length > 0).map((members) => {
    members.sort((a, b) => (mentions[a] as MergeInput).start - (mentions[b] as MergeInput).start);
    let name = '';
    for (const i of members) {
      const k = key(i);
      if (k.length > name.length && !surnames.has(k)) name = k;
    }
    return { name: name || key(members[0] as number), members };
  });
  out.sort((a, b) => (mentions[a.members[0] as number] as MergeInput).start - (mentions[b.members[0] as number] as MergeInput).start);
  return out;
}
