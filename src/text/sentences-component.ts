/**
 * The `sentences` step: normalized text → sentence ranges (see split-sentences.ts).
 */
import type { Component } from '../pipeline/component.js';
import { splitSentences } from './split-sentences.js';

/** Creates the sentence-splitting step. */
export function createSentencesComponent(): Component {
  return { name: 'sentences', requires: [], assigns: ['sentences'], run: (state) => ({ sentences: splitSentences(state.text) }) };
}
