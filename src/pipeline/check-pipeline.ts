/**
 * checkPipeline: components in order → the same list, or a TifaError('pipeline_order') naming the
 * first component that requires a layer no earlier component assigns (spaCy's analyze_pipes,
 * checked once when the annotator is built, never per document).
 */
import { TifaError } from '../errors.js';
import type { Component, LayerName } from './component.js';

/** Throws when a component reads a layer that no earlier component assigns, or names repeat. */
export function checkPipeline(components: readonly Component[]): readonly Component[] {
  const assigned = new Set<LayerName>();
  const names = new Set<string>();
  for (const c of components) {
    if (names.has(c.name)) throw new TifaError('pipeline_order', `pipeline: component "${c.name}" appears twice`, { component: c.name });
    names.add(c.name);
    for (const need of c.requires) {
      if (!assigned.has(need)) {
        throw new TifaError('pipeline_order',
          `pipeline: component "${c.name}" requires layer "${need}", which no earlier component assigns (order: ${components.map((x) => x.name).join(' → ')})`,
          { component: c.name, layer: need });
      }
    }
    for (const a of c.assigns) assigned.add(a);
  }
  return components;
}
