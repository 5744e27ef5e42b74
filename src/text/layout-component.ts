/**
 * The `layout` step: with `meta.layout === 'page'`, the normalized page → its items (articles,
 * captions, banners, ads); otherwise no items.
 */
import type { Component } from '../pipeline/component.js';
import { findArticles } from './find-articles.js';

/** Creates the page-layout step. */
export function createLayoutComponent(): Component {
  return {
    name: 'layout',
    requires: [],
    assigns: ['articles'],
    run: (state) => ({ articles: state.meta.layout === 'page' ? findArticles(state.text) : [] }),
  };
}
