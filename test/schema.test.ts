// Strict schemas: a valid value passes, the same value with one unknown key fails.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { about, regulations, whoSigns, reportsTo, deputyOf, whoRoutesIncoming, define, inForce, dutiesOf } from '../src/index.js';
import { Citation } from '../src/schema/citation.js';
import { ActorRef, Office, Post, Unit, OrganisationInput } from '../src/schema/organisation.js';
import { CorrespondenceRuleInput, DefinitionInput, DeputyRuleInput, DutyInput, ReportingLineInput, RoutingStepInput, RulesInput, CoverageInput } from '../src/schema/facts.js';
import { Duty, EntryIntoForce, LegalBasis, Regulation, RegulationMetaInput, Repeal, Source } from '../src/schema/regulation.js';
import { Provision, TextInput, TextNode, TextNodeInput } from '../src/schema/text.js';
import { AboutAnswer, DeputyAnswer, DefinitionAnswer, InForceAnswer, ReportsToAnswer, RoutingAnswer, WhoSignsAnswer } from '../src/schema/answers.js';

const reg = regulations.find((r) => r.id === 'konak-ozel-kalem')!;
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v));

const samples: [string, z.ZodType, unknown][] = [
  ['Regulation', Regulation, reg],
  ['RegulationMetaInput', RegulationMetaInput, Object.fromEntries(Object.entries(reg).filter(([k]) => k in RegulationMetaInput.shape))],
  ['Unit', Unit, reg.units[0]],
  ['Post', Post, reg.posts[0]],
  ['Office', Office, reg.offices[0]],
  ['OrganisationInput', OrganisationInput, { units: reg.units, posts: reg.posts, offices: reg.offices }],
  ['DutyInput', DutyInput, reg.duties[0]],
  ['ReportingLineInput', ReportingLineInput, Object.fromEntries(Object.entries(reg.reporting[0]!).filter(([k]) => k !== 'basis'))],
  ['DeputyRuleInput', DeputyRuleInput, reg.deputies[0]],
  ['CorrespondenceRuleInput', CorrespondenceRuleInput, reg.correspondence[0]],
  ['RoutingStepInput', RoutingStepInput, reg.routing[0]],
  ['DefinitionInput', DefinitionInput, reg.definitions[0]],
  ['RulesInput', RulesInput, { reporting: [], deputies: [], correspondence: [], routing: [], definitions: [] }],
  ['CoverageInput', CoverageInput, { noFact: reg.noFact }],
  ['LegalBasis', LegalBasis, reg.legalBasis[0]],
  ['EntryIntoForce', EntryIntoForce, reg.entryIntoForce],
  ['Repeal', Repeal, reg.repeals[0]],
  ['Source', Source, reg.sources[0]],
  ['TextNodeInput', TextNodeInput, { kind: 'article', num: 'MADDE 1 –', text: 'x' }],
  ['TextInput', TextInput, { source: 'source.txt', nodes: [{ kind: 'title', text: 'T.C.' }] }],
  ['TextNode', TextNode, reg.document[0]],
  ['Provision', Provision, reg.provisions[0]],
  ['Citation', Citation, whoSigns('konak', 'valilik').citations[0]],
  ['ActorRef', ActorRef, whoSigns('konak', 'valilik').paraf[0]],
  ['Duty', Duty, dutiesOf('konak', 'Müdür')[0]],
  ['WhoSignsAnswer', WhoSignsAnswer, whoSigns('konak', 'valilik')],
  ['ReportsToAnswer', ReportsToAnswer, reportsTo('konak', 'Müdür')],
  ['DeputyAnswer', DeputyAnswer, deputyOf('konak', 'Müdür')],
  ['RoutingAnswer', RoutingAnswer, whoRoutesIncoming('konak')],
  ['DefinitionAnswer', DefinitionAnswer, define('konak', 'Şef')],
  ['InForceAnswer', InForceAnswer, inForce('konak', '2026-01-01')],
  ['AboutAnswer', AboutAnswer, about('konak')],
];

describe.each(samples)('%s', (_name, schema, sample) => {
  it('accepts a valid value', () => {
    expect(schema.safeParse(plain(sample)).success).toBe(true);
  });
  it('rejects an unknown key', () => {
    const r = schema.safeParse({ ...plain(sample as object), surprise: 1 });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('surprise');
  });
});

describe('schema rules beyond shape', () => {
  it('a fact must cite at least one provision, by a well-formed id', () => {
    expect(DutyInput.safeParse({ ...reg.duties[0], cites: [] }).success).toBe(false);
    expect(DutyInput.safeParse({ ...reg.duties[0], cites: ['madde 7'] }).success).toBe(false);
  });
  it('ids are ASCII kebab-case slugs', () => {
    expect(Unit.safeParse({ ...reg.units[0], id: 'Özel Kalem' }).success).toBe(false);
  });
  it('an on-date entry into force needs its date; an on-event one has a date only with where it comes from', () => {
    expect(EntryIntoForce.safeParse(reg.entryIntoForce).success).toBe(true);
    expect(EntryIntoForce.safeParse({ ...reg.entryIntoForce, date: undefined }).success).toBe(false);
    expect(EntryIntoForce.safeParse({ ...reg.entryIntoForce, dateSource: undefined }).success).toBe(false);
    expect(EntryIntoForce.safeParse({ ...reg.entryIntoForce, rule: 'on-date' }).success).toBe(false);
    expect(EntryIntoForce.safeParse({ ...reg.entryIntoForce, rule: 'on-date', dateSource: undefined }).success).toBe(true);
    expect(EntryIntoForce.safeParse({ rule: 'on-date', condition: 'x', cites: ['art_20'] }).success).toBe(false);
  });
  it('a correspondence rule names a signer or someone responsible', () => {
    expect(CorrespondenceRuleInput.safeParse({ ...reg.correspondence[0], signers: [], responsible: [] }).success).toBe(false);
  });
  it('topics come from the fixed list', () => {
    expect(DutyInput.safeParse({ ...reg.duties[0], topics: ['fun'] }).success).toBe(false);
  });
});
