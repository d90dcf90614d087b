// `checkRegulationDir`: every problem the build checks, reported as data with file:line:column,
// a Turkish message, the offending value and a suggestion; --draft turns what is not encoded yet
// into a to-do list.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegulationDir, compileRegulation, DataError, formatProblem, regulationDirs, type Problem } from '../src/compile/regulation.js';
import { folder } from './helpers.js';

/** A scratch copy of a regulation folder, with helpers to break it. */
function scratch(id = 'konak-ozel-kalem') {
  const dir = join(mkdtempSync(join(tmpdir(), 'mevzuat-check-')), id);
  cpSync(folder(id), dir, { recursive: true });
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  return {
    dir,
    read,
    /** Replaces the first `from` in `file` (which must contain it). */
    edit(file: string, from: string, to: string) {
      const text = read(file);
      if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
      writeFileSync(join(dir, file), text.replace(from, to));
    },
    /** The 1-based line and column where `needle` first occurs in `file`. */
    pos(file: string, needle: string, after = 0) {
      const text = read(file);
      const i = text.indexOf(needle, after);
      if (i < 0) throw new Error(`${file} does not contain ${needle}`);
      const before = text.slice(0, i).split('\n');
      return { line: before.length, column: before.at(-1)!.length + 1 };
    },
    remove(file: string) { rmSync(join(dir, file)); },
  };
}

const errors = (ps: Problem[]) => ps.filter((p) => p.severity === 'error');

describe('a clean folder', () => {
  it.each(regulationDirs().map((d) => [d.split('/').pop()!, d]))('%s passes with no problem and compiles as the build compiles it', (_id, dir) => {
    const { regulation, problems } = checkRegulationDir(dir);
    expect(problems).toEqual([]);
    expect(regulation).toEqual(compileRegulation(dir));
  });
});

describe('each kind of problem, at its line and column', () => {
  it('YAML syntax', () => {
    const s = scratch();
    s.edit('rules.yaml', 'deputies:\n', 'deputies:\n   - bad: [\n');
    const { regulation, problems } = checkRegulationDir(s.dir);
    expect(regulation).toBeUndefined();
    // only the syntax error: an unreadable fact file does not make every provision it cites look uncovered
    expect(problems).toEqual([expect.objectContaining({ file: 'rules.yaml', line: s.pos('rules.yaml', 'bad').line + 1, severity: 'error', message: expect.stringMatching(/^YAML sözdizimi hatası/) })]);
  });

  it('an unknown key, with the key meant', () => {
    const s = scratch();
    s.edit('regulation.yaml', 'titleNote:', 'titelNote:');
    const p = checkRegulationDir(s.dir).problems;
    expect(p).toContainEqual(expect.objectContaining({
      file: 'regulation.yaml', ...s.pos('regulation.yaml', 'titelNote'), path: ['titelNote'],
      message: 'Bilinmeyen alan: "titelNote".', value: 'titelNote', suggestion: 'Şunu mu demek istediniz: titleNote',
    }));
  });

  it('a missing required field', () => {
    const s = scratch();
    s.edit('regulation.yaml', 'organisation: ozel-kalem-mudurlugu\n', '');
    expect(checkRegulationDir(s.dir).problems).toContainEqual(expect.objectContaining({
      // at the mapping that lacks it (the comments above it are lines 1–2)
      file: 'regulation.yaml', line: 3, column: 1, path: ['organisation'], message: '"organisation" alanı eksik; bu alan zorunlu.',
    }));
  });

  it('a value outside a closed list, with the nearest one', () => {
    const s = scratch();
    s.edit('duties.yaml', 'topics: [planning] }', 'topics: [planing] }');
    expect(checkRegulationDir(s.dir).problems).toContainEqual(expect.objectContaining({
      file: 'duties.yaml', ...s.pos('duties.yaml', 'planing'), value: 'planing', suggestion: 'Şunu mu demek istediniz: planning',
      message: expect.stringMatching(/^"duties\[\d+\]\.topics\[0\]" için geçersiz değer/),
    }));
  });

  it('an id that is not an ASCII slug, with the slug', () => {
    const s = scratch();
    s.edit('duties.yaml', 'holder: mudur, cites: [art_15]', 'holder: Müdür, cites: [art_15]');
    expect(checkRegulationDir(s.dir).problems).toContainEqual(expect.objectContaining({
      file: 'duties.yaml', ...s.pos('duties.yaml', 'Müdür, cites'), value: 'Müdür', suggestion: 'Önerilen: mudur',
    }));
  });

  it('a citation written as a label, with its id', () => {
    const s = scratch();
    s.edit('duties.yaml', 'cites: [art_7__point_b]', 'cites: [m.7/b]');
    const p = checkRegulationDir(s.dir).problems;
    expect(p).toContainEqual(expect.objectContaining({
      file: 'duties.yaml', ...s.pos('duties.yaml', 'm.7/b'), value: 'm.7/b', suggestion: 'm.7/b maddesinin kimliği: art_7__point_b',
    }));
    // and the provision is not also reported as uncovered
    expect(p.filter((x) => x.message.startsWith('m.7/b '))).toEqual([]);
  });

  it('a citation that does not resolve, with the nearest ids; the provision it left is uncovered', () => {
    const s = scratch();
    s.edit('duties.yaml', 'cites: [art_7__point_a]', 'cites: [art_7__point_zz]');
    const p = checkRegulationDir(s.dir).problems;
    expect(p).toContainEqual(expect.objectContaining({
      file: 'duties.yaml', ...s.pos('duties.yaml', 'art_7__point_zz'), path: ['duties', 1, 'cites', 0],
      message: 'Atıf çözülmüyor: metinde art_7__point_zz kimlikli bir hüküm yok.', value: 'art_7__point_zz',
      suggestion: expect.stringMatching(/^Şunu mu demek istediniz: art_7__point_/),
    }));
    const t = scratch().read('text.yaml');
    const line = t.slice(0, t.indexOf('Başkanlık makamının protokol')).split('\n').length - 2; // the `- kind: point` line
    expect(p).toContainEqual(expect.objectContaining({
      file: 'text.yaml', line, severity: 'error', message: expect.stringMatching(/^m\.7\/a \(art_7__point_a\) henüz hiçbir olguya dayanak değil/),
    }));
  });

  it('an unknown actor, with the nearest ids', () => {
    const s = scratch();
    s.edit('rules.yaml', '{ id: mudur-baskana-sorumlu, from: mudur,', '{ id: mudur-baskana-sorumlu, from: mudr,');
    expect(checkRegulationDir(s.dir).problems).toContainEqual(expect.objectContaining({
      file: 'rules.yaml', ...s.pos('rules.yaml', 'mudr'), value: 'mudr', suggestion: expect.stringContaining('mudur'),
      message: 'Bilinmeyen aktör: "mudr" organisation.yaml\'da birim, kadro ya da makam olarak yok.',
    }));
  });

  it('the same fact id twice', () => {
    const s = scratch();
    s.edit('rules.yaml', '{ id: tanim-sef,', '{ id: tanim-mudur,');
    const second = s.pos('rules.yaml', '{ id: tanim-mudur, term: Şef');
    expect(checkRegulationDir(s.dir).problems).toContainEqual(expect.objectContaining({
      file: 'rules.yaml', line: second.line, column: second.column + 6, path: ['definitions', 7, 'id'], value: 'tanim-mudur', message: expect.stringContaining('Aynı olgu kimliği iki kez kullanılmış: tanim-mudur'),
    }));
  });

  it('an excerpt and a definition that are not verbatim, with the provision text', () => {
    const s = scratch();
    s.edit('duties.yaml', 'excerpt: Müdür evrakı ilgili personele havale eder.', 'excerpt: Müdür evrakı personele havale eder.');
    s.edit('rules.yaml', 'meaning: Özel Kalem Müdürlüğünde kadrolu şefi', 'meaning: Özel Kalem Müdürlüğündeki şefi');
    const p = checkRegulationDir(s.dir).problems;
    expect(p).toContainEqual(expect.objectContaining({
      file: 'duties.yaml', ...s.pos('duties.yaml', 'Müdür evrakı personele'), message: 'Alıntı (excerpt) m.15 metninde harfi harfine geçmiyor.',
      value: 'Müdür evrakı personele havale eder.', suggestion: expect.stringContaining('Müdür evrakı ilgili personele havale eder.'),
    }));
    expect(p).toContainEqual(expect.objectContaining({
      file: 'rules.yaml', ...s.pos('rules.yaml', 'Özel Kalem Müdürlüğündeki şefi'), message: 'Tanımın anlamı (meaning) m.4/g metninde harfi harfine geçmiyor.',
    }));
  });

  it('a provision both cited and marked noFact', () => {
    const s = scratch();
    s.edit('coverage.yaml', 'noFact:\n', 'noFact:\n  - provision: art_7__point_a\n    reason: deneme\n');
    expect(checkRegulationDir(s.dir).problems).toContainEqual(expect.objectContaining({
      file: 'coverage.yaml', ...s.pos('coverage.yaml', 'art_7__point_a'), value: 'art_7__point_a', message: 'm.7/a hem bir olguya dayanak hem de noFact olarak işaretli.',
    }));
  });

  it('a reporting cycle and a unit cycle', () => {
    const s = scratch();
    s.edit('rules.yaml', '{ id: mudur-baskana-sorumlu, from: mudur, to: belediye-baskani,', '{ id: mudur-baskana-sorumlu, from: mudur, to: sef,');
    s.edit('organisation.yaml', '  - id: ozel-kalem-mudurlugu\n', '  - id: ozel-kalem-mudurlugu\n    parent: web-birimi\n');
    const p = checkRegulationDir(s.dir).problems;
    expect(p).toContainEqual(expect.objectContaining({
      file: 'rules.yaml', ...s.pos('rules.yaml', 'sef, relation'), value: 'sef', message: expect.stringMatching(/^Bağlılık hatlarında döngü: mudur \(Müdür\)/),
    }));
    expect(p).toContainEqual(expect.objectContaining({
      file: 'organisation.yaml', ...s.pos('organisation.yaml', 'web-birimi'), message: expect.stringMatching(/^Birim ağacında döngü/),
    }));
  });

  it('a source whose bytes changed (sha256), with the new digest', () => {
    const s = scratch();
    writeFileSync(join(s.dir, 'source.txt'), `${s.read('source.txt')} `);
    const p = checkRegulationDir(s.dir).problems;
    expect(p).toEqual([expect.objectContaining({
      file: 'regulation.yaml', ...s.pos('regulation.yaml', '2f8ab73e'), path: ['sources', 0, 'sha256'],
      message: 'source.txt dosyasının sha256 özeti kayıtlı özetle uyuşmuyor: dosya değişmiş.', suggestion: expect.stringMatching(/özeti [0-9a-f]{64} yapın/),
    })]);
  });

  it('a text tree that dropped a word: at the node where it parts from the source', () => {
    const s = scratch();
    s.edit('text.yaml', 'Müdürlükler arası yazışmalar Müdürün imzası', 'Müdürlükler arası yazışmalar imzası');
    expect(checkRegulationDir(s.dir).problems).toEqual([expect.objectContaining({
      file: 'text.yaml', ...s.pos('text.yaml', 'Müdürlükler arası yazışmalar imzası'),
      message: expect.stringContaining('kaynağın tamamını harfi harfine tutmuyor'), suggestion: expect.stringContaining('yazışmalarMüdürünimzası'),
    })]);
  });

  it('an article the text prints without a number', () => {
    const s = scratch();
    s.edit('text.yaml', 'num: MADDE 2 –', 'num: MADDE –');
    expect(checkRegulationDir(s.dir).problems).toContainEqual(expect.objectContaining({
      file: 'text.yaml', ...s.pos('text.yaml', 'MADDE –'), value: 'MADDE –', suggestion: expect.stringContaining('number: N'),
    }));
  });

  it('a folder not named by its id', () => {
    const s = scratch();
    const moved = join(s.dir, '..', 'baska-ad');
    cpSync(s.dir, moved, { recursive: true });
    expect(checkRegulationDir(moved).problems).toEqual([expect.objectContaining({
      file: 'regulation.yaml', line: 3, column: 5, value: 'konak-ozel-kalem', message: 'Klasörün adı mevzuatın kimliğiyle aynı olmalı; klasör "baska-ad".',
    })]);
  });

  it('a missing file', () => {
    const s = scratch();
    s.remove('rules.yaml');
    expect(checkRegulationDir(s.dir).problems).toContainEqual({
      file: 'rules.yaml', message: 'rules.yaml yok.', severity: 'error', suggestion: expect.stringContaining('--draft'),
    });
  });

  it('formats a problem as file:line:column, escaping what comes from the files', () => {
    const p: Problem = { file: 'duties.yaml', line: 4, column: 12, message: 'Bilinmeyen aktör.', value: 'mu\u001b[2Jdr', suggestion: 'Şunu mu demek istediniz: mudur', severity: 'error' };
    expect(formatProblem(p, 'regulations/ornekkoy/', (x) => x.replace(/\u001b/g, '\\e')))
      .toBe('regulations/ornekkoy/duties.yaml:4:12: hata: Bilinmeyen aktör.\n  değer: mu\\e[2Jdr\n  öneri: Şunu mu demek istediniz: mudur');
  });

  it('the build throws DataError listing every problem', () => {
    const s = scratch();
    s.edit('duties.yaml', 'cites: [art_7__point_a]', 'cites: [art_7__point_zz]');
    s.edit('rules.yaml', 'from: mudur,', 'from: mudr,');
    try {
      compileRegulation(s.dir);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).problems.map((p) => p.file)).toEqual(['text.yaml', 'duties.yaml', 'rules.yaml']);
      expect((e as DataError).message).toMatch(/^konak-ozel-kalem: 3 sorun\n.*text\.yaml:\d+:\d+: hata: m\.7\/a/);
    }
  });
});

describe('--draft', () => {
  it('turns uncovered provisions and missing fact files into a to-do list, and still yields the regulation', () => {
    const s = scratch();
    s.remove('duties.yaml');
    s.remove('coverage.yaml');
    const strict = checkRegulationDir(s.dir);
    expect(strict.regulation).toBeUndefined();
    expect(errors(strict.problems).length).toBeGreaterThan(10);

    const draft = checkRegulationDir(s.dir, { draft: true });
    expect(errors(draft.problems)).toEqual([]);
    expect(draft.problems).toContainEqual(expect.objectContaining({ file: 'duties.yaml', severity: 'todo', message: 'duties.yaml henüz yazılmamış.' }));
    expect(draft.problems).toContainEqual(expect.objectContaining({ file: 'text.yaml', severity: 'todo', message: expect.stringMatching(/^m\.1 \(art_1\) henüz/) }));
    // with no duties written, the only duty is the executor's, derived from the yürütme article
    expect(draft.regulation?.duties.map((d) => d.topics)).toEqual([['execution']]);
    expect(draft.regulation?.provisions.find((p) => p.label === 'm.14/a')?.text).toBe('Müdürlükler arası yazışmalar Müdürün imzası ile yürütülür.');
    expect(draft.regulation?.correspondence.length).toBe(2);
  });

  it('does not excuse errors: a dangling citation still fails a draft', () => {
    const s = scratch();
    s.remove('duties.yaml');
    s.edit('rules.yaml', 'cites: [art_14__point_a]', 'cites: [art_14__point_x]');
    const draft = checkRegulationDir(s.dir, { draft: true });
    expect(draft.regulation).toBeUndefined();
    expect(errors(draft.problems)).toEqual([expect.objectContaining({ file: 'rules.yaml', value: 'art_14__point_x' })]);
  });
});

describe('messages that say what to do', () => {
  it('an unquoted comma in a flow map: "Bilinmeyen alan" says so and how to quote', async () => {
    const { checkRegulationDir: check } = await import('../src/compile/regulation.js');
    const { cpSync, mkdtempSync, readFileSync: read, writeFileSync: write } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join: j } = await import('node:path');
    const dir = j(mkdtempSync(j(tmpdir(), 'mevzuat-comma-')), 'ornekkoy');
    cpSync(j(import.meta.dirname, 'fixtures/ornekkoy/encoded/ornekkoy'), dir, { recursive: true });
    const rules = read(j(dir, 'rules.yaml'), 'utf8').replace('meaning: Müdürlükte görevli memur ve işçileri', 'meaning: Müdürlükte görevli memur, işçileri');
    write(j(dir, 'rules.yaml'), rules);
    const p = check(dir).problems.find((x) => x.message.startsWith('Bilinmeyen alan'));
    expect(p?.message).toBe('Bilinmeyen alan: "işçileri". Süslü ayraç ({ … }) içindeki bir değerde tırnaksız bir virgül var gibi: değer virgülde bitmiş, kalanı alan adı sanılmış.');
    expect(p?.suggestion).toContain('çift tırnak');
  });
});
