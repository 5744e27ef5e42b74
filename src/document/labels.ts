/**
 * Entity labels as data: display names and colours for the CLI and HTML views (compromise keeps
 * its tag set as data the same way).
 */
import type { EntityLabel } from './types.js';

/** Per-label display data. */
export interface LabelInfo {
  /** The label. */
  readonly label: EntityLabel;
  /** Chinese display name. */
  readonly name: string;
  /** ANSI colour code for terminals. */
  readonly ansi: string;
  /** CSS colour for HTML. */
  readonly css: string;
}

/** The labels, in display order. */
export const ENTITY_LABELS: readonly LabelInfo[] = [
  { label: 'PER', name: '人名', ansi: '\x1b[1;31m', css: '#fde2e1' },
  { label: 'TITLE', name: '职务', ansi: '\x1b[35m', css: '#efe1fb' },
  { label: 'LOC', name: '地名', ansi: '\x1b[32m', css: '#dff5e1' },
  { label: 'ORG', name: '机构', ansi: '\x1b[34m', css: '#dfe9fb' },
  { label: 'TIME', name: '时间', ansi: '\x1b[33m', css: '#fbf3d5' },
];
