/**
 * The JSON Schema of a Document (`schema.json` beside this file), for validating tifa output
 * with any JSON Schema validator (draft-07).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** JSON Schema (draft-07) of `Document`. */
export const documentSchema: Readonly<Record<string, unknown>> = require('./schema.json') as Record<string, unknown>;
