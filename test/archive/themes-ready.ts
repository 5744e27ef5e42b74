/**
 * Gate for the theme-dependent archive assertions: true once the annotator produces themes for a
 * known phrase (the Themes layer has landed). Remove the gates when it always holds.
 */
import { createAnnotator } from '../../src/index.js';

/** True when `annotate('实施乡村振兴战略')` yields a theme. */
export const THEMES_READY: boolean = (() => {
  try { return createAnnotator().annotate('实施乡村振兴战略').themes.length > 0; } catch { return false; }
})();
