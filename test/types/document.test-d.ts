import { describe, expectTypeOf, it } from 'vitest';
import type { Annotator, Document, Entity, EntityLabel, Person, Role, Span, TifaError, Token } from '../../src/index.js';

describe('types', () => {
  it('Document layers are readonly arrays of plain data', () => {
    expectTypeOf<Document['entities']>().toEqualTypeOf<readonly Entity[]>();
    expectTypeOf<Document['tokens']>().toEqualTypeOf<readonly Token[]>();
    expectTypeOf<Person['roles']>().toEqualTypeOf<readonly Role[]>();
    expectTypeOf<Entity['label']>().toEqualTypeOf<EntityLabel>();
    expectTypeOf<Token>().toMatchTypeOf<Span>();
  });

  it('annotate is synchronous and returns a Document', () => {
    expectTypeOf<Annotator['annotate']>().returns.toEqualTypeOf<Document>();
    expectTypeOf<Annotator['annotate']>().parameter(0).toEqualTypeOf<string>();
  });

  it('errors carry a code', () => {
    expectTypeOf<TifaError['code']>().toMatchTypeOf<string>();
  });
});
