/**
 * The one shared check for every Document a test produces: schema-valid (ajv, draft-07) and every
 * span satisfies `doc.text.slice(start, end) === text`, including nested spans (roles, evidence,
 * parts, speech, headline …); tokens tile the text in order; entities are ordered and disjoint.
 */
import { Ajv } from 'ajv';
import { expect } from 'vitest';
import { documentSchema, type Document } from '../../src/index.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(documentSchema);

/** Collects every `{ start, end, text }` object inside `value`. */
export function collectSpans(value: unknown, out: { start: number; end: number; text: string; path: string }[] = [], path = ''): typeof out {
  if (Array.isArray(value)) value.forEach((v, i) => collectSpans(v, out, `${path}[${i}]`));
  else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push({ start: o.start, end: o.end, text: o.text, path });
    for (const [k, v] of Object.entries(o)) if (typeof v === 'object' && v !== null) collectSpans(v, out, `${path}.${k}`);
  }
  return out;
}

/** Returns a list of problems (empty when the document is valid). */
export function documentProblems(doc: Document): string[] {
  const problems: string[] = [];
  if (!validate(doc)) problems.push(`schema: ${ajv.errorsText(validate.errors)}`);
  for (const { path, ...s } of collectSpans({ ...doc, text: undefined })) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= doc.text.length)) problems.push(`${path}: range [${s.start}, ${s.end}) outside the text`);
    else if (doc.text.slice(s.start, s.end) !== s.text) problems.push(`${path}: text ${JSON.stringify(s.text)} != slice ${JSON.stringify(doc.text.slice(s.start, s.end))}`);
  }
  let at = 0;
  for (const t of doc.tokens) {
    if (t.start !== at) { problems.push(`tokens: gap or overlap at ${at} (next token starts at ${t.start})`); break; }
    at = t.end;
  }
  if (at !== doc.text.length) problems.push(`tokens: end at ${at}, text has ${doc.text.length}`);
  for (let i = 1; i < doc.entities.length; i++) {
    if (doc.entities[i]!.start < doc.entities[i - 1]!.end) { problems.push(`entities: ${i - 1} and ${i} overlap or are out of order`); break; }
  }
  return problems;
}

/** Asserts the document is schema-valid and every span is faithful to the original text. */
export function expectValidDocument(doc: Document): void {
  expect(documentProblems(doc)).toEqual([]);
}
