/**
 * The terminal view of a Document: the text with entities highlighted by label (colour only when
 * asked: on a TTY without NO_COLOR), a legend, then tables of people, places, organizations,
 * times and themes.
 */
import { ENTITY_LABELS, type Document, type EntityLabel } from '../index.js';

const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';

/** Display width of a string (CJK counts 2). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000)) ? 2 : 1;
  }
  return w;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

/** Renders rows as an aligned table with a header. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], color: boolean): string {
  const widths = header.map((h, i) => Math.min(60, Math.max(width(h), ...rows.map((r) => width(r[i] ?? '')))));
  const line = (cells: readonly string[]): string => cells.map((c, i) => pad(c, widths[i]!)).join('  ').trimEnd();
  const head = line(header);
  return [color ? BOLD + head + RESET : head, widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Renders the document for a terminal. */
export function renderPretty(doc: Document, options: { color: boolean; file?: string }): string {
  const { color } = options;
  const ansi = new Map<EntityLabel, string>(ENTITY_LABELS.map((l) => [l.label, l.ansi]));
  let body = '';
  let at = 0;
  for (const e of doc.entities) {
    if (e.start < at) continue;
    body += doc.text.slice(at, e.start);
    body += color ? `${ansi.get(e.label)}${e.text}${RESET}` : `[${e.text}]${e.label}`;
    at = e.end;
  }
  body += doc.text.slice(at);
  const out: string[] = [];
  if (options.file) out.push(color ? `${BOLD}${options.file}${RESET}` : options.file);
  out.push(body.trimEnd());
  out.push(ENTITY_LABELS.map((l) => (color ? `${l.ansi}${l.label}${RESET} ${l.name}` : `${l.label} ${l.name}`)).join('   '));
  const section = (title: string, header: string[], rows: string[][]): void => {
    if (rows.length === 0) return;
    out.push('', color ? `${BOLD}${title}${RESET} ${DIM}(${rows.length})${RESET}` : `${title} (${rows.length})`, table(header, rows, color));
  };
  section('People', ['name', 'roles', 'mentions', 'speech'], doc.people.map((p) => [
    p.name, p.roles.map((r) => r.text.replace(/\s+/g, '')).filter((v, i, a) => a.indexOf(v) === i).join('、') || '—', String(p.mentions.length), String(p.speech.length)]));
  section('Places', ['name', 'kind', 'code', 'parents'], doc.places.map((p) => [p.name, p.kind, p.code ?? '—', (p.parents ?? []).join(' › ')]));
  const orgName = new Map(doc.organizations.map((o) => [o.id, o.name]));
  section('Organizations', ['name', 'kind', 'resolved / parent'], doc.organizations.map((o) => [o.name, o.kind, o.resolved ?? (o.parent ? `› ${orgName.get(o.parent) ?? o.parent}` : '')]));
  section('Times', ['text', 'value', 'grain', 'kind'], doc.times.map((t) => [t.text.replace(/\s+/g, ''), t.value, t.grain, t.kind]));
  const personName = new Map(doc.people.map((p) => [p.id, p.name]));
  section('Themes', ['theme', 'category', 'score', 'evidence', 'speakers'], doc.themes.map((t) => [
    t.name, t.category, t.score.toFixed(2), String(t.evidence.length), (t.speakers ?? []).map((s) => personName.get(s) ?? s).join('、')]));
  if (doc.keywords.length) out.push('', color ? `${BOLD}Keywords${RESET}` : 'Keywords', doc.keywords.slice(0, 15).map((k) => k.word).join(' · '));
  if (doc.meta.warnings?.length) out.push('', `warnings: ${doc.meta.warnings.join('; ')}`);
  return out.join('\n') + '\n';
}
