/**
 * The shipped village table unpacked into the build-time cache (`villages.bin`: the UTF-8 bytes of
 * villages.tsv and the offset of each line), keyed by the lexicon's version and the gzip file's
 * size, so the first document that names a village does not unpack 12 MB.
 */
import { placesVersion, shippedPlacesDir, unpackVillages, villagesKey, type UnpackedVillages } from '../places/load-place-lexicon.js';
import { villageLineStarts } from '../places/place-lexicon.js';
import { readCachedTable, writeCachedTable } from './resource-cache.js';

const VILLAGES_FILE = 'villages.bin';

/** The cached unpacked village table when it was made from `key`, else null. */
export function cachedVillages(key: string): UnpackedVillages | null {
  const cached = readCachedTable(VILLAGES_FILE, key);
  const [bytes, starts] = (cached?.arrays ?? []) as [Uint8Array?, Uint32Array?];
  return bytes instanceof Uint8Array && starts instanceof Uint32Array && starts.length > 0 ? { bytes, starts } : null;
}

/** Unpacks the shipped village table into the cache (run at build time). */
export function writeVillageCache(dir?: string): void {
  const places = shippedPlacesDir();
  const version = placesVersion(places);
  const bytes = unpackVillages(places);
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  writeCachedTable(VILLAGES_FILE, { header: { key: villagesKey(places, version) }, arrays: [view, villageLineStarts(view)] }, dir);
}
