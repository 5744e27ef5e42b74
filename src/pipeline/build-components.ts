/**
 * buildComponents: loaded resources → the steps in run order (DESIGN.md's pipeline).
 */
import type { Resources } from '../resources/load-resources.js';
import type { SegmentEngine } from '../segment/engine.js';
import { createSegmentComponent } from '../segment/segment-component.js';
import { createLayoutComponent } from '../text/layout-component.js';
import { createSentencesComponent } from '../text/sentences-component.js';
import { createAssignArticlesComponent } from './assign-articles.js';
import type { Component } from './component.js';

/** The default pipeline over `resources`. */
export function buildComponents(resources: Resources, engine: SegmentEngine): Component[] {
  return [
    createLayoutComponent(),
    createSentencesComponent(),
    createSegmentComponent(engine, resources.posTable),
    createAssignArticlesComponent(),
  ];
}
