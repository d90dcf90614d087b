// Every question, asked of every actor of every regulation: answers fit their strict schemas,
// every citation is the provision's verbatim text, and nothing throws.
import { describe, expect, it } from 'vitest';
import {
  regulations, whoSigns, reportsTo, chainOfCommand, deputyOf, dutiesOf, whoRoutesIncoming, define, inForce, cite,
} from '../src/index.js';
import { DeputyAnswer, DefinitionAnswer, InForceAnswer, ReportsToAnswer, RoutingAnswer, WhoSignsAnswer } from '../src/schema/answers.js';
import { Duty } from '../src/schema/regulation.js';
import type { Citation } from '../src/schema/citation.js';

describe.each(regulations.map((r) => [r.id, r] as const))('%s', (id, reg) => {
  const provisions = new Map(reg.provisions.map((p) => [p.id, p]));
  const checkCitation = (c: Citation) => {
    const p = provisions.get(c.id)!;
    expect(p, c.id).toBeDefined();
    expect(c.regulation).toBe(id);
    expect(c.label).toBe(p.label);
    expect(c.text).toBe(p.text);
    expect(cite(id, c.label)).toEqual(c);
  };
  const actors = [...reg.units, ...reg.posts, ...reg.offices];

  it('answers whoSigns for every recipient class, explicit only where a provision names a signer', () => {
    for (const to of ['inter-directorate', 'public-institution', 'private-party'] as const) {
      const a = WhoSignsAnswer.parse(whoSigns(id, to));
      a.citations.forEach(checkCitation);
      if (a.fallback) checkCitation(a.fallback);
      expect(a.status === 'explicit').toBe(a.signers.length > 0);
      if (a.status === 'not-regulated') expect(a.citations).toEqual([]);
      else expect(a.citations.length).toBeGreaterThan(0);
      expect(a.fallback?.id).toBe(a.status === 'explicit' ? undefined : reg.fallback);
    }
  });

  it('answers reportsTo, chainOfCommand and deputyOf for every actor', () => {
    for (const actor of actors) {
      const r = ReportsToAnswer.parse(reportsTo(id, actor.id));
      expect(r.subject.id).toBe(actor.id);
      for (const l of r.lines) {
        expect(l.citations.length).toBeGreaterThan(0);
        l.citations.forEach(checkCitation);
      }
      const chain = chainOfCommand(id, actor.id);
      expect(chain[0]!.id).toBe(actor.id);
      expect(new Set(chain.map((a) => a.id)).size).toBe(chain.length);
      const d = DeputyAnswer.parse(deputyOf(id, actor.id));
      d.citations.forEach(checkCitation);
      expect(d.status === 'explicit').toBe(d.deputies.length > 0);
    }
  });

  it('answers deputyOf for a unit or a collective body: vekâlet is asked of a post, and the unit\'s head is named where the data has one', () => {
    let asked = 0;
    for (const actor of actors) {
      const d = deputyOf(id, actor.id);
      const isUnit = reg.units.some((u) => u.id === actor.id);
      const isBody = reg.offices.some((o) => o.id === actor.id && o.body);
      if (d.status === 'explicit' || (!isUnit && !isBody)) {
        expect(d.notAPost, actor.name).toBeUndefined();
        continue;
      }
      asked++;
      expect(d.notAPost?.kind, actor.name).toBe(isUnit ? 'unit' : 'body');
      expect(d.fallback, actor.name).toBeUndefined();
      expect(d.note, actor.name).toContain(`sorulan ${actor.name} bir`);
      const heads = reg.posts.filter((p) => p.unit === actor.id && p.heads);
      if (isUnit && heads.length === 1) {
        expect(d.notAPost?.head?.id).toBe(heads[0]!.id);
        expect(d.note).toContain(`Bu birimin başındaki kadro: ${heads[0]!.name}.`);
      } else {
        expect(d.notAPost?.head).toBeUndefined();
        if (isUnit) expect(d.note).toContain('Metin bu birimin başında bir kadro belirtmiyor.');
      }
    }
    expect(asked).toBeGreaterThan(0);
  });

  it('answers dutiesOf for every actor with verbatim, cited duties', () => {
    let total = 0;
    for (const actor of actors) {
      for (const duty of dutiesOf(id, actor.id)) {
        Duty.parse(duty);
        checkCitation(duty.citation);
        expect(duty.citation.text).toContain(duty.text);
        if (duty.via) checkCitation(duty.via.citation);
        else expect(duty.holder.id).toBe(actor.id);
        total++;
      }
    }
    expect(total).toBeGreaterThanOrEqual(reg.duties.length);
  });

  it('answers routing, every definition, and inForce', () => {
    const r = RoutingAnswer.parse(whoRoutesIncoming(id));
    r.citations.forEach(checkCitation);
    for (const d of reg.definitions) {
      const a = DefinitionAnswer.parse(define(id, d.term));
      checkCitation(a.citation);
      expect(a.citation.text).toContain(a.meaning);
    }
    const f = InForceAnswer.parse(inForce(id, '2026-11-23'));
    f.citations.forEach(checkCitation);
    const e = reg.entryIntoForce;
    expect(f.status === 'unknown').toBe(!e.date && !e.evidence);
    expect(f.basis).toBe(e.rule === 'on-date' ? 'stated' : e.date ? 'inferred' : e.evidence ? 'evident' : 'undated');
    if (f.from !== undefined) expect(f.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(f.caveat).toContain('Bu pakette bulunmayan bir metinle yürürlükten kaldırılmış');
  });

  // Rule 3 and rule 2 of issue 10: no actor falls through; one organisation, one top.
  it('gives every unit and post a chain that reaches the one top of the organisation', () => {
    const top = chainOfCommand(id, reg.organisation).at(-1)!;
    expect(top.id).not.toBe(reg.organisation);
    for (const a of [...reg.units, ...reg.posts]) {
      const chain = chainOfCommand(id, a.id);
      expect(chain.at(-1)!.id, `${a.id}: ${chain.map((x) => x.id).join(' → ')}`).toBe(top.id);
      // every step after the first carries the line that links it to the step below, with a
      // citation: the very object reportsTo gives, or, past parallel superiors, an inference over their lines
      expect(chain[0]!.line).toBeUndefined();
      for (let i = 0; i + 1 < chain.length; i++) {
        const step = chain[i + 1]!;
        const l = step.line;
        expect(l, `${chain[i]!.id} → ${step.id}`).toBeDefined();
        expect(l!.to.id).toBe(step.id);
        expect(l!.citations.length).toBeGreaterThan(0);
        const own = reportsTo(id, chain[i]!).lines;
        if (step.over) {
          expect(l!.basis).toBe('structural');
          expect(l!.note).toContain('hangisine bağlı olduğunu söylemez');
          for (const o of step.over) expect(own.some((x) => x.to.id === o.id)).toBe(true);
        } else {
          expect(own).toContain(l);
        }
      }
    }
  });

  // Rule 1: a bent stating a responsibility or an attachment is a duty (accountability) and a line.
  it('every accountability duty is also a reporting line of its holder (or, for a Müdürlük list, of its head)', () => {
    const heads = new Map(reg.posts.filter((p) => p.heads).map((p) => [p.unit!, p.id]));
    const lines = reg.reporting.filter((l) => l.basis === 'explicit');
    const accountability = reg.duties.filter((d) => d.topics.includes('accountability'));
    expect(accountability.length).toBeGreaterThan(0);
    for (const d of accountability) {
      const holders = [d.holder, heads.get(d.holder)].filter(Boolean);
      expect(lines.some((l) => holders.includes(l.from) && l.cites.includes(d.cites[0]!)), d.id).toBe(true);
    }
  });

  // Rule 5: a definition is the term's meaning, without the list's closing verb.
  it('defines terms without the closing verb of the Tanımlar list', () => {
    for (const d of reg.definitions) expect(d.meaning, d.term).not.toMatch(/(ifade eder|tanımlar)[.,]?$/);
  });
});
