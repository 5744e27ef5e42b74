/**
 * buildComponents: loaded resources → the steps in run order (DESIGN.md's pipeline).
 */
import { createEntitiesComponent } from '../entities/entities-component.js';
import { createEnglishComponent } from '../english/english-runs.js';
import { createOrgsComponent } from '../orgs/orgs-component.js';
import { createPeopleComponent } from '../people/people-component.js';
import { createPlacesComponent } from '../places/places-component.js';
import type { Resources, SegmentResources } from '../resources/load-resources.js';
import type { SegmentEngine } from '../segment/engine.js';
import { createSegmentComponent } from '../segment/segment-component.js';
import { createLayoutComponent } from '../text/layout-component.js';
import { createSentencesComponent } from '../text/sentences-component.js';
import { createThemesComponent } from '../themes/themes-component.js';
import { createTimeComponent } from '../time/time-component.js';
import { createAssignArticlesComponent } from './assign-articles.js';
import { createReconcileComponent } from './reconcile-entities.js';
import type { Component } from './component.js';

/** The default pipeline over `resources`. */
export function buildComponents(resources: Resources, engine: SegmentEngine): Component[] {
  return [
    createLayoutComponent(),
    createSentencesComponent(),
    createSegmentComponent(engine, resources.posTable),
    createEntitiesComponent(resources.entityModel, resources.positions),
    createEnglishComponent(),
    createReconcileComponent(resources.themes.forms, resources.orgs),
    createPeopleComponent(resources.people),
    createPlacesComponent(resources.places, resources.world),
    createOrgsComponent(resources.orgs, { divisionName: (code) => resources.places.divisions.get(code)?.name }),
    createTimeComponent(),
    createThemesComponent({ themes: resources.themes, idf: resources.idf, categoryModel: resources.categoryModel }),
    createAssignArticlesComponent(),
  ];
}

/** The text steps only (page items, sentences, tokens): a tokens-only annotator. */
export function buildTokenComponents(resources: SegmentResources, engine: SegmentEngine): Component[] {
  return [createLayoutComponent(), createSentencesComponent(), createSegmentComponent(engine, resources.posTable)];
}
