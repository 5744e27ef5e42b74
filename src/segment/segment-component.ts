/**
 * The `segment` step: normalized text → tokens with POS, tiling the normalized text.
 */
import type { Component } from '../pipeline/component.js';
import type { SegmentEngine } from './engine.js';
import type { PosTable } from './pos-table.js';
import { segment } from './segment.js';

/** Creates the segmentation step over a loaded engine; POS comes from the engine's own table when it has one, else from `table`. */
export function createSegmentComponent(engine: SegmentEngine, table: PosTable): Component {
  const pos = engine.posTable ?? table;
  return { name: 'segment', requires: ['sentences'], assigns: ['tokens'], run: (state) => ({ tokens: segment(state.text, engine, pos) }) };
}
