/**
 * What the reading and timing scripts (gazetteer-places, kind-census, compare-times, jit-warmup,
 * step-times) annotate: the central government work reports in ../shared/data/gov-reports, and the
 * sample front page; and how they load an annotator from this checkout or another one's
 * dist/src/index.js.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Annotator, AnnotatorOptions } from '../src/index.js';

/** `createAnnotator` of the build at `entry` (default: this checkout's dist/src/index.js). */
export async function loadCreateAnnotator(entry: string = join(process.cwd(), 'dist', 'src', 'index.js')): Promise<(o?: AnnotatorOptions) => Annotator> {
  return ((await import(pathToFileURL(resolve(entry)).href)) as { createAnnotator: (o?: AnnotatorOptions) => Annotator }).createAnnotator;
}

/** The government work reports (`YYYY.txt`, in year order). */
export function reportFiles(): string[] {
  const reports = join(process.cwd(), '..', 'shared', 'data', 'gov-reports');
  return readdirSync(reports).filter((f) => /^\d{4}\.txt$/.test(f)).sort().map((f) => join(reports, f));
}

/** The reports, then the sample front page. */
export function reportFilesAndFrontPage(): string[] {
  return [...reportFiles(), join(process.cwd(), 'examples', 'articles', 'yongkang-daily-page1.txt')];
}
