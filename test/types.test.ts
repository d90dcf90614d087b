// Type-level tests: `npm test` runs `tsc --noEmit` over this file, so each @ts-expect-error must be an error.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  whoSigns, getRegulation, reportsTo, dutiesOf, findDuties, isRegulationId, regulationIds, topics,
  about, type AboutAnswer,
  type RegulationId, type WhoSignsAnswer, type Citation, type Duty, type DeepReadonly,
} from '../src/index.js';
import type * as S from '../src/schema/answers.js';

describe('types', () => {
  it('RegulationId is the union of the encoded ids; isRegulationId narrows a string to it', () => {
    expectTypeOf<RegulationId>().toEqualTypeOf<(typeof regulationIds)[number]>();
    const input: string = 'konak-ozel-kalem';
    if (isRegulationId(input)) expectTypeOf(input).toEqualTypeOf<RegulationId>();
    expect(isRegulationId(input)).toBe(true);
    expect(isRegulationId('konya')).toBe(false);
  });

  it('strings from users compile wherever a name is taken, and the runtime decides', () => {
    const fromUser = (s: string) => s;
    // each of these compiles (a string from a request, a Turkish spelling, capitals)
    const calls = [
      () => whoSigns(fromUser('konak'), fromUser('valilik')),
      () => whoSigns('KONAK', 'kaymakamlık'),
      () => reportsTo(fromUser('karşıyaka'), fromUser('Müdür')),
      () => dutiesOf('konak', 'Şef', { topic: 'satın alma' }),
      () => findDuties(fromUser('evrak'), { regulation: fromUser('Konak'), topic: fromUser('yazışma') }),
    ];
    expect(calls.map((c) => c() !== undefined)).toEqual([true, true, true, true, true]);
  });

  it('answers are readonly all the way down: mutation does not compile (and throws at run time)', () => {
    const a = whoSigns('konak', 'valilik');
    const mutate = () => {
      // @ts-expect-error readonly property
      a.status = 'not-regulated';
      // @ts-expect-error readonly array
      a.signers.push(a.signers[0]!);
      // @ts-expect-error readonly nested property
      a.citations[0]!.text = '';
      // @ts-expect-error readonly array of a query
      dutiesOf('konak', 'Şef').pop();
      // @ts-expect-error exported lists are readonly
      topics.length = 0;
      // @ts-expect-error exported lists are readonly
      regulationIds.push('x');
    };
    expect(mutate).toThrow(TypeError);
    expect(topics.length).toBeGreaterThan(0);
  });

  it('answers are typed from the zod schemas, made deeply readonly', () => {
    expectTypeOf(whoSigns).returns.toEqualTypeOf<WhoSignsAnswer>();
    expectTypeOf(about).returns.toEqualTypeOf<AboutAnswer>();
    expectTypeOf<AboutAnswer>().toEqualTypeOf<DeepReadonly<S.AboutAnswer>>();
    expectTypeOf<AboutAnswer['budget']['status']>().toEqualTypeOf<'explicit' | 'not-regulated'>();
    expectTypeOf<WhoSignsAnswer>().toEqualTypeOf<DeepReadonly<S.WhoSignsAnswer>>();
    expectTypeOf<WhoSignsAnswer['status']>().toEqualTypeOf<'explicit' | 'responsible-only' | 'not-regulated'>();
    expectTypeOf<Citation['item']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Duty['citation']>().toEqualTypeOf<Citation>();
    expect(['explicit', 'responsible-only', 'not-regulated']).toContain(getRegulation('konak') && whoSigns('konak', 'valilik').status);
  });
});
