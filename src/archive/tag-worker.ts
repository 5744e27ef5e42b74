/**
 * The worker thread of `tagArchive`: `{ options }` in workerData → one annotator, then chunks of
 * archive records in → `{ seq, result }` out: the chunk's table rows as column JSON (a few strings,
 * cheap to pass) and the records refused with their reasons. Never throws on a record; a failed
 * start is reported as `init-error`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnnotator, type AnnotatorOptions } from '../index.js';
import { tagChunk, type TaskMessage, type WorkerMessage } from './tag-record.js';

const port = parentPort;
if (port) {
  const post = (m: WorkerMessage): void => port.postMessage(m);
  try {
    const annotator = createAnnotator((workerData as { options?: AnnotatorOptions } | undefined)?.options ?? {});
    port.on('message', (m: TaskMessage) => {
      post({ type: 'result', seq: m.seq, result: tagChunk(annotator, m.records) });
    });
    post({ type: 'ready' });
  } catch (err) {
    post({ type: 'init-error', message: err instanceof Error ? err.message : String(err) });
  }
}
