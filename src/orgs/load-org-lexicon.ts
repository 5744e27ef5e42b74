/**
 * loadOrgLexicon: `lexicons/orgs/suffixes.tsv` → OrgLexicon (about 90 rows, read once).
 * A missing file throws TifaError('resource_not_found'), a bad row 'resource_parse' with its line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TifaError } from '../errors.js';
import { packageRoot } from '../resources/package-root.js';
import { createOrgLexicon, parseOrgSuffixes, type OrgLexicon } from './org-kinds.js';

/** Loads the shipped suffix lexicon (or the file at `path`). */
export function loadOrgLexicon(path: string = join(packageRoot(), 'lexicons/orgs/suffixes.tsv')): OrgLexicon {
  const file = 'lexicons/orgs/suffixes.tsv';
  if (!existsSync(path)) throw new TifaError('resource_not_found', `tifa: ${file}: expected the organization suffix lexicon, found nothing at ${path}`, { file, path });
  return createOrgLexicon(parseOrgSuffixes(readFileSync(path, 'utf8'), file), 'orgs-suffixes@1');
}
