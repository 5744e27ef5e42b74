/**
 * One annotator with the shipped resources per test file (loading takes a fraction of a second).
 */
import { createAnnotator, type Annotator } from '../../src/index.js';

let annotator: Annotator | undefined;

/** The default annotator, created on first use. */
export function sharedAnnotator(): Annotator {
  return (annotator ??= createAnnotator());
}
