// A minimal annotation service: POST Chinese text, get a tifa Document back as JSON.
//   node examples/service/server.mjs 8787
//   curl -s --data-binary @examples/articles/county-news.txt 'http://127.0.0.1:8787/annotate?date=2024-05-20'
import { createServer } from 'node:http';
import { createAnnotator, isTifaError } from 'tifa';

const annotator = createAnnotator(); // load once; annotate is synchronous and reentrant
const MAX_BYTES = 10 * 1024 * 1024;

export function startServer(port = 0) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'POST' || url.pathname !== '/annotate') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'POST /annotate' }));
      return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (c) => { size += c.length; if (size <= MAX_BYTES) chunks.push(c); });
    req.on('end', () => {
      if (size > MAX_BYTES) { res.writeHead(413).end(); return; }
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
        const date = url.searchParams.get('date') ?? undefined;
        const doc = annotator.annotate(text, { ...(date ? { date } : {}), ...(url.searchParams.get('id') ? { id: url.searchParams.get('id') } : {}) });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(doc));
      } catch (err) {
        const status = isTifaError(err) || err instanceof TypeError ? 400 : 500;
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: err instanceof Error ? err.message : String(err) }));
      }
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer(Number(process.argv[2] ?? 8787));
  console.log(`tifa service on http://127.0.0.1:${server.address().port}/annotate`);
}
