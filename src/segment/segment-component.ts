/**
 * The `segment` step: normalized text → tokens with POS, tiling the normalized text.
 */
import type { Component } from '../pipeline/component.js';
import type { SegmentEngine } from './engine.js';
import type { PosTable } from './pos-table.js';
import { segment } from './segment.js';

/** Creates the segmentation step over a loaded engine and POS table. */
export function createSegmentComponent(engine: SegmentEngine, table: PosTable): Component {
  return { name: 'segment', requires: ['sentences'], assigns: ['tokens'], run: (state) => ({ tokens: segment(state.text, engine, table) }) };
}
