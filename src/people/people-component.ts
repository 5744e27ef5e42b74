/**
 * createPeopleComponent: the `people` pipeline step. Reads `state.text` (normalized), tokens and
 * entities; returns `people` and the entity list with the step's additions (see annotatePeople for
 * the rules and invariants). All offsets are normalized coordinates; `document/assemble` projects them.
 */
import type { Component, State } from '../pipeline/component.js';
import { annotatePeople } from './annotate-people.js';
import type { PeopleLexicon } from './load-people-lexicon.js';

/** The people step over a loaded lexicon. */
export function createPeopleComponent(lexicon: PeopleLexicon): Component {
  return {
    name: 'people',
    requires: ['sentences', 'tokens', 'entities'],
    assigns: ['people', 'entities'],
    run(state: State) {
      const { entities, people } = annotatePeople(state.text, state.entities ?? [], state.tokens ?? [], lexicon);
      return { entities, people };
    },
  };
}
