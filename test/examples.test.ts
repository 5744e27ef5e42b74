/**
 * The examples run: the service answers a request on loopback, the sample articles annotate cleanly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Document } from '../src/index.js';
import { ROOT } from './helpers/data.js';
import { expectValidDocument } from './helpers/expect-valid-document.js';
import { sharedAnnotator } from './helpers/shared-annotator.js';

const ARTICLES = join(ROOT, 'examples/articles');

describe('examples', () => {
  it.each(readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')))('annotates examples/articles/%s', (file) => {
    expectValidDocument(sharedAnnotator().annotate(readFileSync(join(ARTICLES, file), 'utf8')));
  });

  it('the service example answers POST /annotate on loopback', async () => {
    const { startServer } = (await import(join(ROOT, 'examples/service/server.mjs'))) as { startServer(port?: number): Promise<Server> };
    const server = await startServer(0);
    try {
      const port = (server.address() as AddressInfo).port;
      const res = await fetch(`http://127.0.0.1:${port}/annotate?date=2024-05-20&id=x1`, { method: 'POST', body: readFileSync(join(ARTICLES, 'county-news.txt')) });
      expect(res.status).toBe(200);
      const doc = (await res.json()) as Document;
      expect(doc.meta.id).toBe('x1');
      expectValidDocument(doc);
      const bad = await fetch(`http://127.0.0.1:${port}/annotate?date=20-5`, { method: 'POST', body: '文字' });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: string }).error).toMatch(/meta.date/);
    } finally {
      server.close();
    }
  });
});
