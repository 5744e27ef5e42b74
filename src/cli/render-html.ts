/**
 * The HTML view of a Document: one self-contained page (no scripts, no network) with the text and
 * its entities highlighted by label, a legend, page items when the layout was found, and tables of
 * people and roles, themes with their evidence, places, organizations and times.
 */
import { ENTITY_LABELS, normalize, type Document } from '../index.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

/** Replaces lone surrogates so the page is valid UTF-8. */
function wellFormed(s: string): string {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function tableHtml(caption: string, header: readonly string[], rows: readonly (readonly string[])[], id: string): string {
  if (rows.length === 0) return '';
  return `<section id="${id}"><h2>${escapeHtml(caption)} <small>${rows.length}</small></h2><table><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${
    rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></section>`;
}

/** Which original characters survive normalization (wrapped line breaks and letter-spacing do not). */
function keptMask(text: string): Uint8Array {
  const { map } = normalize(text);
  const kept = new Uint8Array(text.length);
  for (let i = 0; i < map.length; i++) for (let k = map.sourceStart[i]!; k < map.sourceEnd[i]!; k++) kept[k] = 1;
  return kept;
}

/** Renders the text as a reader sees it (hard wraps re-joined) with entity marks and theme-evidence underlines. */
function markedText(doc: Document): string {
  const kept = keptMask(doc.text);
  // Boundaries: entity starts/ends and theme evidence starts/ends; entities never overlap each other.
  const themeAt = new Map<number, string[]>();
  doc.themes.forEach((t, i) => t.evidence.forEach((e) => { for (let k = e.start; k < e.end; k++) (themeAt.get(k) ?? themeAt.set(k, []).get(k)!).push(`t${i}`); }));
  let html = '';
  let at = 0;
  const plain = (from: number, to: number): string => {
    let out = '';
    let k = from;
    while (k < to) {
      const themed = themeAt.has(k);
      let j = k + 1;
      while (j < to && themeAt.has(j) === themed) j++;
      let raw = '';
      for (let x = k; x < j; x++) if (kept[x]) raw += doc.text[x];
      const chunk = escapeHtml(wellFormed(raw));
      out += themed ? `<span class="theme" data-theme="${themeAt.get(k)!.join(' ')}">${chunk}</span>` : chunk;
      k = j;
    }
    return out;
  };
  for (const e of doc.entities) {
    if (e.start < at) continue;
    html += plain(at, e.start);
    const title = `${e.label}${e.subtype ? '/' + e.subtype : ''} · ${e.normal} · ${e.source}${e.score !== undefined ? ' · ' + e.score.toFixed(2) : ''}`;
    html += `<mark class="ent ${e.label}" data-label="${e.label}" data-id="${e.id}" title="${escapeHtml(wellFormed(title))}">${plain(e.start, e.end)}</mark>`;
    at = e.end;
  }
  return html + plain(at, doc.text.length);
}

/** Renders the document as one self-contained HTML page. */
export function renderHtml(doc: Document, options: { title?: string } = {}): string {
  const title = options.title ?? doc.meta.title ?? doc.meta.id ?? 'tifa';
  const css = `
body{font:15px/1.7 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:16px 28px;background:#1d3557;color:#fff}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.8;font-size:13px}
main{display:grid;grid-template-columns:minmax(0,1.2fr) minmax(0,1fr);gap:24px;padding:20px 28px}
.text{white-space:pre-wrap;background:#fff;border:1px solid #e3e3e3;border-radius:8px;padding:18px;font-size:16px}
mark.ent{border-radius:3px;padding:0 1px;color:inherit}
${ENTITY_LABELS.map((l) => `mark.${l.label}{background:${l.css};box-shadow:inset 0 -2px 0 rgba(0,0,0,.15)}`).join('\n')}
.theme{text-decoration:underline 2px #e76f51;text-underline-offset:4px}
.legend{display:flex;gap:12px;flex-wrap:wrap;margin:0 0 12px}.legend span{padding:2px 8px;border-radius:4px;font-size:13px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}th,td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f1f3f5}h2{font-size:16px;margin:18px 0 6px}h2 small{color:#888;font-weight:normal}
.items{font-size:13px;color:#555}.items li{margin:2px 0}`;
  const personName = new Map(doc.people.map((p) => [p.id, p.name]));
  const legend = `<div class="legend">${ENTITY_LABELS.map((l) => `<span class="${l.label}" style="background:${l.css}">${l.label} ${escapeHtml(l.name)}</span>`).join('')}<span style="text-decoration:underline 2px #e76f51">提法 theme evidence</span></div>`;
  const items = doc.articles.length
    ? `<section id="items"><h2>Page items <small>${doc.articles.length}</small></h2><ol class="items">${doc.articles.map((a) => `<li><b>${a.kind}</b> ${escapeHtml(wellFormed((a.headline?.text ?? a.text.slice(0, 24)).replace(/\s+/g, ' ')))}${a.byline ? ` — ${escapeHtml(wellFormed(a.byline.text))}` : ''}</li>`).join('')}</ol></section>`
    : '';
  const side = [
    items,
    tableHtml('People and roles', ['name', 'roles', 'mentions', 'speech'], doc.people.map((p) => [
      `<b>${escapeHtml(p.name)}</b>`, escapeHtml(wellFormed(p.roles.map((r) => r.text.replace(/\s+/g, '')).filter((v, i, a) => a.indexOf(v) === i).join('、'))), String(p.mentions.length), String(p.speech.length)]), 'people'),
    tableHtml('Themes', ['theme', 'category', 'score', 'evidence', 'speakers'], doc.themes.map((t) => [
      `<b>${escapeHtml(t.name)}</b>`, escapeHtml(t.category), t.score.toFixed(2),
      escapeHtml(wellFormed(t.evidence.map((e) => e.text.replace(/\s+/g, '')).filter((v, i, a) => a.indexOf(v) === i).join('；'))),
      escapeHtml((t.speakers ?? []).map((s) => personName.get(s) ?? s).join('、'))]), 'themes'),
    tableHtml('Places', ['name', 'kind', 'code'], doc.places.map((p) => [escapeHtml(p.name), escapeHtml(p.kind), escapeHtml(p.code ?? '')]), 'places'),
    tableHtml('Organizations', ['name', 'kind'], doc.organizations.map((o) => [escapeHtml(o.name), escapeHtml(o.kind)]), 'organizations'),
    tableHtml('Times', ['text', 'value', 'grain', 'kind'], doc.times.map((t) => [escapeHtml(wellFormed(t.text.replace(/\s+/g, ''))), escapeHtml(t.value), t.grain, t.kind]), 'times'),
  ].join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(wellFormed(title))}</title><style>${css}</style></head>
<body><header><h1>${escapeHtml(wellFormed(title))}</h1><p>${escapeHtml(doc.meta.library)} · ${doc.entities.length} entities · ${doc.people.length} people · ${doc.themes.length} themes${doc.meta.date ? ' · ' + escapeHtml(doc.meta.date) : ''}</p></header>
<main><div><div class="legend-wrap">${legend}</div><div class="text" id="text">${markedText(doc)}</div></div><aside>${side}</aside></main>
</body></html>
`;
}
