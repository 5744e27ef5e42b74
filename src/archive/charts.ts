/**
 * renderTrendChart: trend rows → a line chart as SVG (vega-lite compiled to vega, rendered
 * headless with no canvas) or as a self-contained HTML page (the SVG inlined plus the data table;
 * no scripts, no network). vega is loaded on first use, never at import time.
 */
import type { TrendRow } from './trends.js';

/** What the y axis shows. */
export type ChartMeasure = 'share' | 'articles' | 'per10k';

/** Options of `renderTrendChart`. */
export interface ChartOptions {
  /** `svg` or `html`. */
  readonly format: 'svg' | 'html';
  /** The y measure (default `share`). */
  readonly measure?: ChartMeasure;
  /** Chart title. */
  readonly title?: string;
  /** Width of the plot area in pixels (default 640). */
  readonly width?: number;
  /** Height of the plot area in pixels (default 320). */
  readonly height?: number;
}

const AXIS: Record<ChartMeasure, string> = { share: 'share of articles', articles: 'articles mentioning', per10k: 'mentions per 10k characters' };
const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif';

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The vega-lite spec of a trend chart (exported so callers can restyle it). */
export function trendChartSpec(rows: readonly TrendRow[], options: ChartOptions): Record<string, unknown> {
  const measure = options.measure ?? 'share';
  const periods = [...new Set(rows.map((r) => r.period))];
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: options.title ?? `Themes by period: ${AXIS[measure]}`,
    width: options.width ?? 640,
    height: options.height ?? 320,
    data: { values: rows.map((r) => ({ period: r.period, theme: `${r.name} (${r.theme})`, value: r[measure], articles: r.articles, total: r.totalArticles })) },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'period', type: 'ordinal', sort: periods, title: 'period', axis: { labelAngle: periods.length > 12 ? -45 : 0 } },
      y: { field: 'value', type: 'quantitative', title: AXIS[measure], ...(measure === 'share' ? { axis: { format: '%' } } : {}) },
      color: { field: 'theme', type: 'nominal', title: 'theme' },
    },
    config: { font: FONT, background: 'white' },
  };
}

/** Renders trend rows as an SVG document or a self-contained HTML page. */
export async function renderTrendChart(rows: readonly TrendRow[], options: ChartOptions): Promise<string> {
  const [vl, vega] = await Promise.all([import('vega-lite'), import('vega')]);
  const spec = vl.compile(trendChartSpec(rows, options) as unknown as Parameters<typeof vl.compile>[0]).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  if (options.format === 'svg') return svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
  const measure = options.measure ?? 'share';
  const title = escapeHtml(options.title ?? `Themes by period: ${AXIS[measure]}`);
  const body = rows.map((r) => `<tr><td>${escapeHtml(r.period)}</td><td>${escapeHtml(r.name)}</td><td>${r.articles}</td><td>${r.totalArticles}</td><td>${(r.share * 100).toFixed(1)}%</td><td>${r.per10k.toFixed(2)}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:${FONT.replace(/"/g, "'")};margin:2em}table{border-collapse:collapse;margin-top:1.5em}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}td:nth-child(-n+2){text-align:left}</style>
</head><body>
<h1>${title}</h1>
${svg}
<table><thead><tr><th>period</th><th>theme</th><th>articles</th><th>of</th><th>share</th><th>per 10k chars</th></tr></thead><tbody>
${body}
</tbody></table>
</body></html>
`;
}
