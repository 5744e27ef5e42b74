/**
 * findArticles: the normalized text of a newspaper page → its items (articles, photo captions,
 * banners, advertisements) as ranges in order. Lines are classed as article starts (本报讯 /
 * 新华社 … or a byline in brackets), photo credits (… 摄), headline-like lines (short, no final
 * stop) and body lines; a headline block between two items is split between them by which body
 * shares more of its words (pages print headlines before or after their article).
 */
import type { Article, Span } from '../document/types.js';

interface PageLine { start: number; end: number; text: string; kind: 'start' | 'credit' | 'head' | 'body' }

const START = /^(本报讯|本报记者|本报通讯员|本报[\u4e00-\u9fff]{0,8}电|新华社|据新华社|人民网|中新网|中新社|央视网|新华网|记者\s*[\u4e00-\u9fff]{2,4}\s*报道)/;
const BYLINE_START = /^[（(](融媒)?(体)?(首席)?(记者|通讯员|实习生|特约)/;
const CREDIT = /^(.{0,16}(记者|通讯员|摄影|图|实习生).{0,12}\s*(摄|摄影|供图|\/图))$/;
const AD = /贷|支行|分行|银行|保险|热线|电话|优惠|促销|招商|有限公司|SUB-BRANCH|BRANCH|BANK|咨询/i;
const MASTHEAD = /日报|晚报|早报|DAILY|NEWS|客户端|新闻|报社|第\s*\d+\s*版|版面|公众号|扫码/i;
const FINAL = /[。！？!?…”’」』)）]$/;

function classify(text: string): PageLine['kind'] {
  if (START.test(text) || BYLINE_START.test(text)) return 'start';
  if (text.length <= 30 && CREDIT.test(text)) return 'credit';
  if (text.length <= 32 && !FINAL.test(text)) return 'head';
  return 'body';
}

function pageLines(text: string): PageLine[] {
  const out: PageLine[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    let s = at;
    let e = at + raw.length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) {
      const t = text.slice(s, e);
      out.push({ start: s, end: e, text: t, kind: classify(t) });
    }
    at += raw.length + 1;
  }
  return out;
}

/** Character bigrams of a string (CJK and alphanumerics only). */
function bigrams(s: string): Set<string> {
  const clean = s.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) out.add(clean.slice(i, i + 2));
  return out;
}

function overlap(line: string, body: Set<string>): number {
  const grams = bigrams(line);
  if (grams.size === 0) return 0;
  let hit = 0;
  for (const g of grams) if (body.has(g)) hit++;
  return hit / grams.size;
}

interface Group { kind: 'article' | 'orphan' | 'heads' | 'credit'; lines: PageLine[] }

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Splits a page into items; `[]` when the text has no article marker (not a page). */
export function findArticles(text: string): Article[] {
  const lines = pageLines(text);
  const first = lines.findIndex((l) => l.kind === 'start');
  if (first < 0) return [];
  const items: Article[] = [];
  // Before the first article: banners (masthead) and advertisements; other lines head the first article.
  const lead: PageLine[] = [];
  for (const l of lines.slice(0, first)) {
    const kind = AD.test(l.text) || /^[A-Z\s-]+$/.test(l.text) && items.at(-1)?.kind === 'ad' ? 'ad' : MASTHEAD.test(l.text) || /^[A-Z\s]+$/.test(l.text) ? 'banner' : undefined;
    if (!kind) { lead.push(l); continue; }
    const prev = items.at(-1);
    if (prev && prev.kind === kind && lead.length === 0) items[items.length - 1] = { ...prev, end: l.end, text: text.slice(prev.start, l.end) };
    else items.push({ kind, ...span(text, l.start, l.end) });
  }
  // Group the rest.
  const groups: Group[] = lead.length ? [{ kind: 'heads', lines: lead }] : [];
  for (const l of lines.slice(first)) {
    const last = groups.at(-1);
    if (l.kind === 'start') groups.push({ kind: 'article', lines: [l] });
    else if (l.kind === 'credit') groups.push({ kind: 'credit', lines: [l] });
    else if (l.kind === 'head') {
      if (last?.kind === 'heads') last.lines.push(l); else groups.push({ kind: 'heads', lines: [l] });
    } else if (last && (last.kind === 'article' || last.kind === 'orphan')) last.lines.push(l);
    else groups.push({ kind: 'orphan', lines: [l] });
  }
  // Bodies: articles, and orphan text closed by a photo credit (a caption).
  interface Body { kind: 'article' | 'caption'; orphan: boolean; lines: PageLine[]; heads: PageLine[]; credit?: PageLine; grams: Set<string> }
  const bodies: Body[] = [];
  const headsBefore = new Map<number, PageLine[]>(); // body index → heads block preceding it
  let pendingHeads: PageLine[] | undefined;
  for (const group of groups) {
    if (group.kind === 'heads') { pendingHeads = group.lines; continue; }
    if (group.kind === 'credit') {
      const prev = bodies.at(-1);
      if (prev && !pendingHeads && !prev.credit) {
        prev.credit = group.lines[0]!;
        if (prev.orphan) prev.kind = 'caption'; // text with no article marker closed by a photo credit
      } else {
        bodies.push({ kind: 'caption', orphan: true, lines: [], heads: [], credit: group.lines[0]!, grams: new Set() });
        if (pendingHeads) headsBefore.set(bodies.length - 1, pendingHeads);
      }
      pendingHeads = undefined;
      continue;
    }
    bodies.push({ kind: 'article', orphan: group.kind === 'orphan', lines: group.lines, heads: [], grams: bigrams(group.lines.map((l) => l.text).join('')) });
    if (pendingHeads) headsBefore.set(bodies.length - 1, pendingHeads);
    pendingHeads = undefined;
  }
  if (pendingHeads && bodies.length) bodies.at(-1)!.heads.push(...pendingHeads);
  // Split each heads block between the body before it and the body after it.
  for (const [b, heads] of headsBefore) {
    const after = bodies[b]!;
    const before = b > 0 ? bodies[b - 1] : undefined;
    if (!before) { after.heads.unshift(...heads); continue; }
    let best = 0;
    let bestScore = -1;
    for (let k = 0; k <= heads.length; k++) {
      let score = 0;
      heads.forEach((h, i) => { score += i < k ? overlap(h.text, before.grams) : overlap(h.text, after.grams); });
      if (score > bestScore) { bestScore = score; best = k; }
    }
    before.heads.push(...heads.slice(0, best));
    after.heads.unshift(...heads.slice(best));
  }
  for (const body of bodies) {
    const all = [...body.heads, ...body.lines, ...(body.credit ? [body.credit] : [])];
    if (all.length === 0) continue;
    const start = Math.min(...all.map((l) => l.start));
    const end = Math.max(...all.map((l) => l.end));
    const headline = body.heads.length ? span(text, body.heads[0]!.start, body.heads.at(-1)!.end) : undefined;
    const firstLine = body.lines[0];
    const marker = firstLine ? START.exec(firstLine.text) : null;
    const dateline = marker && firstLine ? span(text, firstLine.start, firstLine.start + marker[0].length) : undefined;
    let byline: Span | undefined;
    if (firstLine) {
      const after = marker ? marker[0].length : 0;
      const m = /^[（(][^（）()]{2,30}[）)]/.exec(firstLine.text.slice(after));
      if (m) byline = span(text, firstLine.start + after, firstLine.start + after + m[0].length);
    }
    if (body.credit && (body.kind === 'caption' || !byline)) byline = span(text, body.credit.start, body.credit.end);
    items.push({ kind: body.kind, ...span(text, start, end), ...(headline ? { headline } : {}), ...(byline ? { byline } : {}), ...(dateline ? { dateline } : {}) });
  }
  return items.sort((a, b) => a.start - b.start);
}
