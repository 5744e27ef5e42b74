/**
 * The HTML view as a person sees it: rendered by headless Chromium (Debian's `chromium`, installed by
 * .ci/run); the DOM is checked and a screenshot taken. Skips with a message where Chromium is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, PAGE_PATH } from '../helpers/data.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const dir = mkdtempSync(join(tmpdir(), 'tifa-html-'));
const chrome = (args: string[]) => spawnSync(CHROMIUM!, [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(dir, 'profile-'))}`, '--hide-scrollbars', ...args,
], { encoding: 'utf8', timeout: 60_000, maxBuffer: 32 << 20 });

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('html view', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/tifa.js'), 'annotate', '--format', 'html', '--page', '--date', '2023-03-25', PAGE_PATH], { encoding: 'utf8', maxBuffer: 32 << 20 });
  const file = join(dir, 'page.html');
  writeFileSync(file, r.stdout);

  it('writes one self-contained page', () => {
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).not.toMatch(/<script|https?:\/\//);
    expect(r.stdout).toContain('class="legend"');
  });

  it.skipIf(!CHROMIUM)('renders in headless Chromium: legend, page items, re-joined text', () => {
    const dom = chrome(['--dump-dom', `file://${file}`]);
    expect(dom.status).toBe(0);
    expect(dom.stdout).toMatch(/<div class="legend">.*PER.*TITLE.*LOC.*ORG.*TIME/s);
    expect(dom.stdout).toContain('<section id="items">');
    expect(dom.stdout.match(/<li><b>(article|caption|banner|ad)<\/b>/g)).toHaveLength(6);
    // The reader sees the re-joined text, not the page's hard wraps nor its letter-spacing: read in
    // the text panel with the entity and theme tags taken out (a table elsewhere may quote it too).
    const panel = /<div class="text"[^>]*>([\s\S]*?)<\/div>/.exec(dom.stdout)?.[1] ?? '';
    const shown = panel.replace(/<[^>]*>/g, '');
    expect(shown).toContain('亩均论英雄');
    expect(shown).toContain('本报讯（通讯员王影）近日');
  });

  it.skipIf(!CHROMIUM)('takes a screenshot of the page', () => {
    const png = join(dir, 'page.png');
    const shot = chrome(['--window-size=1280,1400', `--screenshot=${png}`, `file://${file}`]);
    expect(shot.status).toBe(0);
    expect(pngSize(png)).toEqual({ width: 1280, height: 1400 });
    expect(statSync(png).size).toBeGreaterThan(30_000); // a blank page compresses to a few KB
  });

  it.runIf(!CHROMIUM)('reports that the browser checks were skipped', () => {
    console.warn('html view: Chromium not found (/usr/bin/chromium); install Debian\'s chromium to run the rendering checks');
    expect(CHROMIUM).toBeUndefined();
  });
});
