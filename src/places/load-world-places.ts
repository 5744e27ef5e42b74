/**
 * loadWorldPlaces: `lexicons/world/places.tsv` → WorldPlaces (about 300 rows, read once). A missing
 * file throws TifaError('resource_not_found'), a bad row 'resource_parse' with its line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TifaError } from '../errors.js';
import { packageRoot } from '../resources/package-root.js';
import { createWorldPlaces, parseWorldPlaces, WORLD_PLACES_FILE, type WorldPlaces } from './world-places.js';

/** Loads the shipped list (or the file at `path`). */
export function loadWorldPlaces(path: string = join(packageRoot(), WORLD_PLACES_FILE)): WorldPlaces {
  if (!existsSync(path)) throw new TifaError('resource_not_found', `tifa: ${WORLD_PLACES_FILE}: expected the world place list, found nothing at ${path}`, { file: WORLD_PLACES_FILE, path });
  return createWorldPlaces(parseWorldPlaces(readFileSync(path, 'utf8')), 'world-places@1');
}
