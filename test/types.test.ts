// Type-level tests: `npm test` runs `tsc --noEmit` over this file, so each @ts-expect-error must be an error.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { whoSigns, getRegulation, type RegulationId, type WhoSignsAnswer, type Citation, regulationIds, type Duty, dutiesOf } from '../src/index.js';

describe('types', () => {
  it('RegulationId is the union of the encoded ids', () => {
    expectTypeOf<RegulationId>().toEqualTypeOf<(typeof regulationIds)[number]>();
    expectTypeOf<'konak-ozel-kalem'>().toMatchTypeOf<RegulationId>();
    expect(regulationIds).toContain('konak-ozel-kalem');
  });

  it('an unknown regulation id literal does not compile', () => {
    const never = () => {
      // @ts-expect-error 'konya' is not an encoded regulation
      whoSigns('konya', 'valilik');
      // @ts-expect-error nor is a misspelt id
      getRegulation('konak-ozel-kalm');
      // @ts-expect-error 'postane' is not a recipient
      whoSigns('konak', 'postane');
      // @ts-expect-error 'fun' is not a topic
      dutiesOf('konak', 'Müdür', { topic: 'fun' });
    };
    expect(typeof never).toBe('function');
  });

  it('answers are typed from the zod schemas', () => {
    expectTypeOf(whoSigns).returns.toEqualTypeOf<WhoSignsAnswer>();
    expectTypeOf<WhoSignsAnswer['status']>().toEqualTypeOf<'explicit' | 'responsible-only' | 'not-regulated'>();
    expectTypeOf<Citation['item']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Duty['citation']>().toEqualTypeOf<Citation>();
    // and at run time the value is one of the typed statuses
    expect(['explicit', 'responsible-only', 'not-regulated']).toContain(whoSigns('konak', 'valilik').status);
  });
});
