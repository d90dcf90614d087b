// Issue 18, "Done when", on the Gebze texts as a legal staffer would run them: `mevzuat new` with no
// hand edits, then the draft loaded. The governed unit's attachment cites its Bağlılık article, the
// executor its yürütme article, the head post's duties are listed, every drafted signing rule is
// what whoSigns answers, and each of these answers says it is unreviewed. Then, for the texts with
// an answer key, the folder a person makes by reviewing the draft against the text (the key's
// facts, the review marks gone, the fields only a person writes written): `check` passes and the
// same questions carry no review state.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { compileText } from '../src/compile/text.js';
import { parseRegulationText } from '../src/parse/text.js';
import { checkRegulationDir } from '../src/compile/regulation.js';
import { createMevzuat, fold, type Regulation } from '../src/index.js';
import { loadRegulationDir } from '../src/node.js';
import { root } from './cli-support.js';
import { newFolder } from './author-support.js';

const gebze = join(root, 'test/fixtures/gebze');
const keys = join(root, 'test/fixtures/gebze-keys');
const texts = readdirSync(gebze).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));
const keyed = new Set(readdirSync(keys));

/** An article's caption: on its own line above it, or at the head of its text ("Yürütme : Bu yönetmelik …"). */
const caption = (a: Regulation['articles'][number]) => a.heading ?? /^([^:.]{1,40}?)\s*:/.exec(a.text ?? '')?.[1] ?? '';
/** The article whose caption has the word, folded ("Bağlılık", "Yürütme"). */
const captioned = (reg: Regulation, word: string) => reg.articles.find((a) => fold(caption(a)).split(' ').includes(word));
/** Whether a provision id lies in an article. */
const inArticle = (provision: string, article: string) => provision === article || provision.startsWith(`${article}__`);

/** The questions of the issue, over one loaded regulation. */
function questions(reg: Regulation) {
  const m = createMevzuat({ regulations: [reg] });
  const head = reg.posts.find((p) => p.heads);
  const attachment = m.reportsTo(reg.id, reg.organisation);
  const duties = head ? m.dutiesOf(reg.id, head.id) : [];
  const signing = reg.correspondence.filter((c) => c.signers.length).flatMap((c) => c.recipients.map((r) => ({ rule: c, answer: m.whoSigns(reg.id, r) })));
  return { m, head, attachment, duties, signing, executor: m.getRegulation(reg.id).executor };
}

describe.each(texts)('Gebze %s', (name) => {
  it('drafted with no hand edits: the answers the issue names cite their articles and say they are unreviewed', () => {
    const { dir } = newFolder(join(gebze, `${name}.txt`));
    const reg = loadRegulationDir(dir, { draft: true });
    const q = questions(reg);
    const baglilik = captioned(reg, 'baglilik');
    if (baglilik) {
      expect(q.attachment.lines.length, 'no attachment drafted from the Bağlılık article').toBeGreaterThan(0);
      expect(q.attachment.lines.some((l) => l.citations.some((c) => inArticle(c.id, baglilik.id)))).toBe(true);
      expect(q.attachment.review).toBe('pending');
    }
    const yurutme = captioned(reg, 'yurutme');
    expect(yurutme, 'every Gebze text has a yürütme article').toBeDefined();
    expect(q.executor, 'no executor drafted').toBeDefined();
    expect(q.executor!.cites.every((c) => inArticle(c, yurutme!.id))).toBe(true);
    expect(q.executor!.review).toBe('pending');
    expect(q.head, 'no head post drafted').toBeDefined();
    expect(q.duties.length).toBeGreaterThan(0);
    for (const d of q.duties) expect(d.review).toBe('pending');
    for (const { rule, answer } of q.signing) {
      expect(answer.review).toBe('pending');
      for (const s of rule.signers) expect(answer.signers.map((x) => x.id)).toContain(s.actor);
      for (const p of rule.paraf) expect(answer.paraf.map((x) => x.id)).toContain(p);
    }
  }, 60_000);

});

describe.each(texts.filter((t) => keyed.has(t)))('Gebze %s, reviewed', (name) => {
  it('the answer key written over the draft: check passes, and no answer carries a review state', () => {
    const { dir } = newFolder(join(gebze, `${name}.txt`));
    for (const f of ['organisation.yaml', 'duties.yaml', 'rules.yaml']) writeFileSync(join(dir, f), readFileSync(join(keys, name, f), 'utf8'));
    // regulation.yaml: the key's regulation-level facts over the draft's, and what only a person writes
    const doc = parseDocument(readFileSync(join(dir, 'regulation.yaml'), 'utf8'));
    const meta = parseDocument(readFileSync(join(keys, name, 'meta.yaml'), 'utf8')).toJS() as Record<string, unknown>;
    for (const field of ['organisation', 'executor', 'entryIntoForce', 'legalBasis', 'fallback', 'repeals']) {
      if (meta[field] === undefined) doc.delete(field);
      else doc.set(field, meta[field]);
    }
    doc.setIn(['municipality', 'province'], 'Kocaeli');
    doc.set('summary', 'Gebze Belediyesinin bir müdürlüğünün görev, yetki ve sorumluluklarını düzenler.');
    // the fields only a person writes are written: their markers go
    writeFileSync(join(dir, 'regulation.yaml'), doc.toString().replace(/[ \t]*# YAZILACAK:[^\n]*/g, ''));
    // and the provisions the key's author read as holding no fact are marked so, as a reviewer does
    const cited = new Set(JSON.stringify(['organisation.yaml', 'duties.yaml', 'rules.yaml', 'meta.yaml'].map((f) => parseDocument(readFileSync(join(keys, name, f), 'utf8')).toJS()))
      .match(/"art_[^"]*"/g)!.map((x) => JSON.parse(x) as string));
    const text = compileText(parseRegulationText(readFileSync(join(gebze, `${name}.txt`), 'utf8')).nodes);
    const noFact = text.provisions.filter((p) => p.leaf && !cited.has(p.id)).map((p) => ({ provision: p.id, reason: 'Anahtarı yazanın okumasında olgu içermiyor.' }));
    writeFileSync(join(dir, 'coverage.yaml'), stringify({ noFact }));
    const errors = checkRegulationDir(dir).problems.filter((p) => p.severity === 'error');
    expect(errors, JSON.stringify(errors.slice(0, 3))).toEqual([]);
    const reg = loadRegulationDir(dir);
    expect(reg.review).toBeUndefined();
    const q = questions(reg);
    const answers = [q.attachment, ...q.duties, ...q.signing.map((s) => s.answer), ...reg.posts.map((p) => q.m.reportsTo(reg.id, p.id))];
    for (const a of answers) expect(a).not.toHaveProperty('review');
    expect(q.executor).not.toHaveProperty('review');
    expect(JSON.stringify(reg)).not.toMatch(/"review":"pending"/);
  }, 60_000);
});
