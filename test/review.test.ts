// Issue 18.2–18.3: review state is data. A machine-drafted fact carries `review: pending` in its
// folder; the compiled regulation keeps it; every answer resting on at least one pending fact says
// `review: 'pending'` (in the library, in --json, and as a visible marker in the CLI); `check`
// refuses pending facts, `check --draft` counts them per file; `mevzuat review` lists them.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isScalar, parseDocument, visit } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMevzuat, getRegulation, regulationIds, type Regulation } from '../src/index.js';
import { checkRegulationDir } from '../src/compile/regulation.js';
import { loadRegulationDir } from '../src/node.js';
import { assertBuilt, mevzuat, root } from './cli-support.js';

const encoded = join(root, 'test/fixtures/ornekkoy/encoded/ornekkoy');

/** A copy of the fixture folder with `review: pending` set on the facts at the given YAML paths. */
function folderWithPending(marks: Record<string, (string | number)[][]>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'mevzuat-review-')), 'ornekkoy');
  cpSync(encoded, dir, { recursive: true });
  for (const [file, paths] of Object.entries(marks)) {
    const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
    for (const p of paths) {
      expect(doc.getIn(p), `${file} ${p.join('.')}`).toBeDefined();
      doc.setIn([...p, 'review'], 'pending');
      doc.setIn([...p, 'readFrom'], 'Müdürlükler arası yazışmalar');
    }
    writeFileSync(join(dir, file), doc.toString());
  }
  return dir;
}

/** Removes every `review: pending`: what a person does after checking each fact against its provision. */
function reviewAll(dir: string): void {
  for (const f of ['regulation.yaml', 'organisation.yaml', 'duties.yaml', 'rules.yaml']) {
    const doc = parseDocument(readFileSync(join(dir, f), 'utf8'));
    visit(doc, { Pair: (_, pair) => (isScalar(pair.key) && pair.key.value === 'review' ? visit.REMOVE : undefined) });
    writeFileSync(join(dir, f), doc.toString());
  }
}

let dir = '';
let drafted: Regulation;

beforeAll(() => {
  dir = folderWithPending({
    'rules.yaml': [['correspondence', 0], ['reporting', 0]],
    'duties.yaml': [['duties', 0]],
    'regulation.yaml': [['executor']],
  });
  drafted = loadRegulationDir(dir, { draft: true });
});

describe('review state in the compiled regulation', () => {
  it('the four built-in regulations have no pending fact', () => {
    for (const id of regulationIds) {
      const reg = getRegulation(id);
      expect(reg.review).toBeUndefined();
      expect(JSON.stringify(reg)).not.toContain('"review":"pending"');
    }
  });

  it('check refuses a folder with pending facts; check --draft counts them per file', () => {
    const strict = checkRegulationDir(dir);
    expect(strict.regulation).toBeUndefined();
    const errs = strict.problems.filter((p) => /gözden geçirilmedi/.test(p.message));
    expect(errs.map((p) => [p.file, p.severity, p.message.match(/^\d+/)?.[0]])).toEqual([
      ['regulation.yaml', 'error', '1'], ['duties.yaml', 'error', '1'], ['rules.yaml', 'error', '2'],
    ]);
    expect(errs.every((p) => (p.line ?? 0) > 0)).toBe(true);
    const draft = checkRegulationDir(dir, { draft: true });
    expect(draft.regulation).toBeDefined();
    expect(draft.problems.filter((p) => /gözden geçirilmedi/.test(p.message)).every((p) => p.severity === 'todo')).toBe(true);
  });

  it('the compiled regulation keeps each fact\'s state and says it holds pending facts', () => {
    expect(drafted.review).toBe('pending');
    expect(drafted.correspondence[0]!.review).toBe('pending');
    expect(drafted.correspondence[1]!.review).toBeUndefined();
    expect(drafted.executor?.review).toBe('pending');
  });
});

describe('answers resting on a pending fact say so', () => {
  const m = () => createMevzuat({ regulations: [drafted] });

  it('whoSigns: the rule it rests on is pending, or not', () => {
    expect(m().whoSigns('ornekkoy', 'inter-directorate').review).toBe('pending');
    expect(m().whoSigns('ornekkoy', 'valilik').review).toBeUndefined();
  });

  it('reportsTo: the line and the answer', () => {
    const a = m().reportsTo('ornekkoy', 'Yazı İşleri Müdürlüğü');
    expect(a.lines.find((l) => l.to.id === 'belediye-baskani')?.review).toBe('pending');
    expect(a.review).toBe('pending');
    const head = m().reportsTo('ornekkoy', 'Müdür');
    expect(head.lines.some((l) => l.review === 'pending')).toBe(false);
    expect(head.review).toBeUndefined();
  });

  it('dutiesOf and findDuties: each duty carries its own state', () => {
    const duties = m().dutiesOf('ornekkoy', 'Müdür');
    expect(duties.find((d) => d.id === 'mudur-mudurlugu-yonetir')?.review).toBe('pending');
    expect(duties.filter((d) => d.review === 'pending')).toHaveLength(1);
  });

  it('every answer is still frozen, and JSON carries the field', () => {
    const a = m().whoSigns('ornekkoy', 'inter-directorate');
    expect(Object.isFrozen(a)).toBe(true);
    expect(JSON.parse(JSON.stringify(a)).review).toBe('pending');
  });

  it('after a person reviews every fact, no answer has a review field and check passes', () => {
    const done = folderWithPending({ 'rules.yaml': [['correspondence', 0]], 'duties.yaml': [['duties', 0]] });
    reviewAll(done);
    expect(checkRegulationDir(done).problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.message} ${p.value}`)).toEqual([]);
    const reg = loadRegulationDir(done);
    const r = createMevzuat({ regulations: [reg] });
    expect(reg.review).toBeUndefined();
    expect(r.whoSigns('ornekkoy', 'inter-directorate').review).toBeUndefined();
    expect(r.dutiesOf('ornekkoy', 'Müdür').some((d) => 'review' in d)).toBe(false);
  });

  it('review: done counts as reviewed', () => {
    const done = folderWithPending({ 'duties.yaml': [['duties', 0]] });
    writeFileSync(join(done, 'duties.yaml'), readFileSync(join(done, 'duties.yaml'), 'utf8').replace('review: pending', 'review: done'));
    expect(checkRegulationDir(done).regulation).toBeDefined();
    expect(createMevzuat({ regulations: [loadRegulationDir(done)] }).dutiesOf('ornekkoy', 'Müdür').some((d) => d.review)).toBe(false);
  });
});

describe('the CLI shows the state', () => {
  beforeAll(() => assertBuilt());

  it('an answer resting on a pending fact is marked; --json carries review', async () => {
    const r = await mevzuat(['who-signs', 'ornekkoy', '--to', 'müdürlük', '--dir', dir, '--draft']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/İnceleme: gözden geçirilmemiş/);
    const other = await mevzuat(['who-signs', 'ornekkoy', '--to', 'valilik', '--dir', dir, '--draft']);
    expect(other.stdout).not.toMatch(/gözden geçirilmemiş/);
    const json = await mevzuat(['who-signs', 'ornekkoy', '--to', 'müdürlük', '--dir', dir, '--draft', '--json']);
    expect(JSON.parse(json.stdout).review).toBe('pending');
    const duties = await mevzuat(['duties', 'ornekkoy', 'Müdür', '--dir', dir, '--draft']);
    expect(duties.stdout.split('\n').filter((l) => l.includes('(gözden geçirilmemiş)'))).toHaveLength(1);
  }, 60_000);

  it('mevzuat review lists each pending fact under its provision, with file and line, within 80 columns', async () => {
    const r = await mevzuat(['review', dir], { env: { COLUMNS: '80' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/gözden geçirilecek 4 olgu/);
    expect(r.stdout).toMatch(/Yazışma \(müdürlükler arası\); imza: Müdür \[rules\.yaml:\d+\]/);
    expect(r.stdout).toMatch(/Görev; sahibi: Müdür \[duties\.yaml:\d+\]/);
    expect(r.stdout).toMatch(/okunan: “Müdürlükler arası yazışmalar”/);
    // the verbatim provision stands above its facts
    const text = loadRegulationDir(dir, { draft: true }).provisions.find((p) => p.id === 'art_7__para_1')!.text;
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' '));
    for (const line of r.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    // each line number points at the fact's review line
    const rules = readFileSync(join(dir, 'rules.yaml'), 'utf8').split('\n');
    for (const m of r.stdout.matchAll(/rules\.yaml:(\d+)/g)) expect(rules[Number(m[1]) - 1]).toMatch(/review/);
  }, 60_000);

  it('mevzuat review --json for tools; a reviewed folder has nothing to list', async () => {
    const json = JSON.parse((await mevzuat(['review', dir, '--json'])).stdout);
    expect(json.pending).toBe(4);
    expect(json.articles.flatMap((a: { provisions: { facts: { kind: string }[] }[] }) => a.provisions.flatMap((p) => p.facts.map((f) => f.kind))).sort())
      .toEqual(['correspondence', 'duty', 'executor', 'reporting']);
    const clean = await mevzuat(['review', encoded]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/Gözden geçirilecek olgu yok/);
  }, 60_000);
});
