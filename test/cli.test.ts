// The built `mevzuat` command as a subprocess: every command, --json equal to the library's answer,
// exit codes, bad input with suggestions on stderr and never a stack trace. Processes are spawned
// once, together, in beforeAll; the tests read their results.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chainOfCommand, cite, compare, deputyOf, define, dutiesOf, findDuties, formatMevzuatError, getRegulation,
  inForce, isMevzuatError, regulations, reportsTo, whoRoutesIncoming, whoSigns,
} from '../src/index.js';
import { run } from '../src/cli/main.js';
import { commands } from '../src/cli/commands.js';
import { wrapReport } from '../src/cli/failure.js';
import { recipientNames } from '../src/internal/recipient-names.js';
import { assertBuilt, mevzuat, mevzuatAll, root, squash, type Result } from './cli-support.js';

const json = (v: unknown) => JSON.parse(JSON.stringify(v ?? null));
/** What the library throws for a call, formatted as the CLI must print it. */
const errorText = (f: () => unknown) => {
  // wrapped at word boundaries to the terminal's width, as every report is
  try { f(); } catch (e) { if (isMevzuatError(e)) return `${wrapReport(formatMevzuatError(e))}\n`; throw e; }
  throw new Error('expected a MevzuatError');
};
const stack = /\n\s+at .+:\d+:\d+/;
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

const ok: string[][] = [
  ['overview', '--json'], ['overview'],
  ['list', '--json'], ['list'],
  ['who-signs', 'konak', '--to', 'valilik', '--json'], ['who-signs', 'konak', '--to', 'valilik'], ['who-signs', 'Konak', '--to=özel kişi', '--json'],
  ['reports-to', 'konak', 'Web birimi', '--json'], ['reports-to', 'konak', 'Web', 'birimi'],
  ['chain', 'kocaeli', 'Şef', '--json'], ['chain', 'konak', 'Şef'],
  ['deputy', 'konak', 'Müdür', '--json'], ['deputy', 'konak', 'Şef'],
  ['duties', 'konak', 'Şef', '--topic', 'satın alma', '--json'], ['duties', 'konak', 'Şef'],
  ['search', 'evrak', '--reg', 'konak', '--topic', 'documents', '--json'], ['search', 'harcama yetkilisi'],
  ['routing', 'izmir-kentsel-adalet', '--json'], ['routing', 'konak'],
  ['define', 'konak', 'Müdürlük', '--json'], ['define', 'konak', 'Vali', '--json'], ['define', 'konak', 'Vali'],
  ['in-force', 'konak', '--on', '2016-01-01', '--json'], ['in-force', 'konak', '--on', '2016-01-01'], ['in-force', 'konak', '--json'],
  ['cite', 'konak', 'madde', '14/b', '--json'], ['cite', 'konak', 'm.14/b'],
  ['compare', 'who-signs', '--to', 'valilik', '--json'], ['compare', 'who-signs', '--to', 'valilik'],
  ['compare', 'reports-to', 'Şef', '--json'], ['compare', 'reports-to', 'Şef'], ['compare', 'routing', '--json'],
  ['compare', 'chain', 'Şef', '--json'], ['compare', 'chain', 'Şef'], ['compare', 'in-force', '--json'],
  ['compare', 'in-force', '--on', '2016-01-01', '--json'], ['compare', 'in-force', '--on', '2016-01-01'],
  ['--help'], ['--version'], ['help', 'compare'],
];
// bad input through the built CLI: one of each kind (library error, unknown command/option, missing or extra argument, bad value)
const bad: string[][] = [
  ['who-signs', 'konya', '--to', 'valilik'], ['reports-to', 'konak', 'Müdürr'], ['reports-to', 'konak'], ['wh-signs', 'konak'],
  ['duties', 'konak', 'Şef', '--topik', 'budget'], ['duties', 'konak', 'Şef', '--topic'], ['in-force', 'konak', '--on', '2020-13-45'], ['list', 'fazla'],
  ['reports-to', 'izmir', 'Şef'], ['reports-to', 'karsiyaka', 'Esnaf Masası'], ['reports-to', 'karsiyaka', 'Esnaf Masası', '--json'],
  ['compare', 'in-force', '--on', '2016-02-30'], ['compare', 'chain'], ['compare', 'routing', '--on', '2016-01-01'],
];
// more bad input, run in process (the same code the build bundles)
const badInProcess: string[][] = [
  ['who-signs', 'konak', '--to', 'vali'], ['who-signs', 'konak'], ['duties', 'konak', 'Şef', '--topic', 'procuremnt'], ['cite', 'konak', 'm.99'],
  ['compare', 'reports-to', 'Hiçkimse'], ['compare', 'bogus'], ['compare', 'who-signs'], ['list', '--json=yes'], ['routing', 'konak', '--to', 'valilik'],
  ['who-signs', 'konak', 'valilik', '--to', 'valilik'], ['help', 'nope'], ['repl', 'fazla'], ['--json'],
];

/** Runs the CLI in this process (the same code the build bundles), for the cheap checks of every command. */
async function inProcess(argv: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: { write: (t: string) => { stdout += t; } }, stderr: { write: (t: string) => { stderr += t; } }, env: {} });
  return { code: code ?? -1, stdout, stderr };
}

let results: Map<string, Result>;
const r = (...args: string[]) => {
  const out = results.get(JSON.stringify(args));
  if (!out) throw new Error(`not run: ${args.join(' ')}`);
  return out;
};
const data = (...args: string[]) => {
  const out = r(...args);
  expect(out.stderr).toBe('');
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout);
};

beforeAll(async () => {
  assertBuilt();
  results = await mevzuatAll([...ok, ...bad]);
}, 60_000);

describe('--json prints exactly what the library returns', () => {
  it('who-signs, by id or name, recipient word, --to value or --to=value', () => {
    expect(data('who-signs', 'konak', '--to', 'valilik', '--json')).toEqual(json(whoSigns('konak', 'valilik')));
    expect(data('who-signs', 'Konak', '--to=özel kişi', '--json')).toEqual(json(whoSigns('Konak', 'özel kişi' as never)));
  });
  it('reports-to, a multi-word subject as one argument', () => {
    expect(data('reports-to', 'konak', 'Web birimi', '--json')).toEqual(json(reportsTo('konak', 'Web birimi')));
  });
  it('chain, deputy, duties (topic by id or Turkish name), search, routing, cite', () => {
    expect(data('chain', 'kocaeli', 'Şef', '--json')).toEqual(json(chainOfCommand('kocaeli' as never, 'Şef')));
    expect(data('deputy', 'konak', 'Müdür', '--json')).toEqual(json(deputyOf('konak', 'Müdür')));
    const duties = json(dutiesOf('konak', 'Şef', { topic: 'procurement' }));
    expect(duties.length).toBeGreaterThan(0);
    expect(data('duties', 'konak', 'Şef', '--topic', 'satın alma', '--json')).toEqual(duties);
    expect(data('search', 'evrak', '--reg', 'konak', '--topic', 'documents', '--json')).toEqual(json(findDuties('evrak', { regulation: 'konak', topic: 'documents' })));
    expect(data('routing', 'izmir-kentsel-adalet', '--json')).toEqual(json(whoRoutesIncoming('izmir-kentsel-adalet' as never)));
    expect(data('cite', 'konak', 'madde', '14/b', '--json')).toEqual(json(cite('konak', 'madde 14/b')));
  });
  it('define: the definition, or null for a term that is not defined (still exit 0)', () => {
    expect(data('define', 'konak', 'Müdürlük', '--json')).toEqual(json(define('konak', 'Müdürlük')));
    expect(define('konak', 'Vali')).toBeUndefined();
    expect(data('define', 'konak', 'Vali', '--json')).toBeNull();
  });
  it('in-force, on a given day and today', () => {
    expect(data('in-force', 'konak', '--on', '2016-01-01', '--json')).toEqual(json(inForce('konak', '2016-01-01')));
    expect(data('in-force', 'konak', '--json')).toEqual(json(inForce('konak')));
  });
  it('list: every regulation, whole', () => {
    expect(data('list', '--json')).toEqual(json(regulations));
  });
  it('overview: for each regulation the library answers to its four headline questions', () => {
    const entries = data('overview', '--json') as { regulation: string; whoSigns: unknown; reportsTo: unknown; headReportsTo: unknown; deputyOf: unknown; inForce: unknown; head: unknown }[];
    expect(entries.map((e) => e.regulation)).toEqual(regulations.map((x) => x.id));
    for (const e of entries) {
      const reg = getRegulation(e.regulation as never);
      const head = reg.posts.find((p) => p.unit === reg.organisation && p.heads);
      expect(e.whoSigns).toEqual(json(whoSigns(reg.id, 'public-institution')));
      expect(e.reportsTo).toEqual(json(reportsTo(reg.id, reg.organisation)));
      expect(e.deputyOf).toEqual(head ? json(deputyOf(reg.id, head.id)) : null);
      expect(e.headReportsTo).toEqual(head ? json(reportsTo(reg.id, head.id)) : null);
      expect(e.inForce).toEqual(json(inForce(reg.id)));
    }
  });
  it('compare: the answers keyed by regulation; where the subject is missing, the error instead', () => {
    expect(data('compare', 'who-signs', '--to', 'valilik', '--json')).toEqual(json(compare((id) => whoSigns(id, 'valilik'))));
    expect(data('compare', 'routing', '--json')).toEqual(json(compare(whoRoutesIncoming)));
    const rows = data('compare', 'reports-to', 'Şef', '--json');
    expect(Object.keys(rows)).toEqual(regulations.map((x) => x.id));
    let missing = 0;
    for (const x of regulations) {
      try {
        expect(rows[x.id]).toEqual(json(reportsTo(x.id, 'Şef')));
      } catch (e) {
        if (!isMevzuatError(e)) throw e;
        missing++;
        expect(rows[x.id]).toEqual({ error: { code: e.code, message: e.message, input: e.input, suggestions: e.suggestions } });
      }
    }
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(regulations.length);
  });
});

describe('compare chain and compare in-force', () => {
  it('--json: each regulation\'s chain, or where the subject is missing or ambiguous the error; in-force on the day asked', () => {
    const rows = data('compare', 'chain', 'Şef', '--json');
    expect(Object.keys(rows)).toEqual(regulations.map((x) => x.id));
    for (const x of regulations) {
      try {
        expect(rows[x.id]).toEqual(json(chainOfCommand(x.id, 'Şef')));
      } catch (e) {
        if (!isMevzuatError(e)) throw e;
        expect(rows[x.id]).toEqual({ error: { code: e.code, message: e.message, input: e.input, suggestions: e.suggestions } });
      }
    }
    expect(data('compare', 'in-force', '--json')).toEqual(json(compare((id) => inForce(id))));
    expect(data('compare', 'in-force', '--on', '2016-01-01', '--json')).toEqual(json(compare((id) => inForce(id, '2016-01-01'))));
  });
  it('text: one row a regulation with the chain and the basis of every step; in-force with status, date and provisions', () => {
    const chain = r('compare', 'chain', 'Şef').stdout;
    expect(chain.split('\n')[0]).toBe('Amir zinciri: "Şef"');
    const konak = chainOfCommand('konak', 'Şef');
    // konak-ozel-kalem is the last row: its cells are the lines from its first to the end
    const row = wordCount(chain.slice(chain.indexOf('\nkonak-ozel-kalem ')));
    for (const st of konak) for (const w of st.name.split(' ')) expect(row.has(w), w).toBe(true);
    for (const st of konak.slice(1)) for (const c of st.line!.citations) expect([...row.keys()].some((w) => w.includes(c.label)), c.label).toBe(true);
    // İzmir's two şefs (m.3/g), by name, not by identifier
    expect(chain).not.toContain('idari-isler-sefi');
    for (const w of ['İdari', 'Şefi', 'Kentsel', 'Eşitlik']) expect(wordCount(chain.slice(chain.indexOf('izmir-kentsel-adalet'), chain.indexOf('\nkarsiyaka'))).has(w), w).toBe(true);
    const day = r('compare', 'in-force', '--on', '2016-01-01').stdout;
    expect(day.split('\n')[0]).toBe('01.01.2016 itibarıyla yürürlükte mi');
    expect(squash(day)).toContain('konak-ozel-kalem henüz yürürlükte 10.10.2016 m.20, m.3');
  });
  it('bad compare input: an impossible day, a chain without a subject, --on with another question', () => {
    expect(r('compare', 'in-force', '--on', '2016-02-30').stderr.split('\n')[0]).toBe('Geçersiz tarih: "2016-02-30"');
    expect(r('compare', 'chain').stderr.split('\n')[0]).toBe('Eksik argüman: <özne>');
    expect(r('compare', 'routing', '--on', '2016-01-01').stderr.split('\n')[0]).toBe('--on yalnızca "compare in-force" ile kullanılır');
  });
});

describe('an ambiguous name', () => {
  it('lists its candidates by name (İzmir m.3/g and m.12/a name two şefs), --json keeps the library\'s ids', () => {
    expect(r('reports-to', 'izmir', 'Şef').stderr).toBe('Birden çok karşılığı olan ad: "Şef"\n  Adaylar: İdari İşler Şefi, Kentsel Adalet ve Eşitlik Şefi\n');
    const esnaf = r('reports-to', 'karsiyaka', 'Esnaf Masası').stderr;
    expect(esnaf).not.toMatch(/Adaylar: esnaf-masasi/);
    expect(squash(esnaf)).toContain('Esnaf Masası (Halkla İlişkiler Müdürlüğü altında; bunu sormak için: esnaf-masasi)');
    expect(squash(esnaf)).toContain('Esnaf Masası (Hızlı Çözüm Masaları altında; bunu sormak için: hizli-cozum-esnaf-masasi)');
    expect(JSON.parse(r('reports-to', 'karsiyaka', 'Esnaf Masası', '--json').stderr).error.suggestions).toEqual(['esnaf-masasi', 'hizli-cozum-esnaf-masasi']);
  });
});

describe('npm start (mevzuat overview)', () => {
  const lines = () => r('overview').stdout.split('\n');
  it('a heading per regulation: its id on a line of its own, then its title', () => {
    for (const reg of regulations) {
      const at = lines().indexOf(reg.id);
      expect(at, reg.id).toBeGreaterThan(0);
      expect(lines()[at - 1]).toBe('');
      expect(squash(lines().slice(at + 1, at + 5).join(' '))).toContain(reg.title);
    }
  });
  it('names the recipients the signing question covers, each a phrase of a text\'s recipient list the library puts in that class', () => {
    const names = recipientNames(regulations, (id, w) => whoSigns(id as never, w).recipient, () => 'kamu kurum ve kuruluşları').get('public-institution')!;
    expect(names.length).toBeGreaterThan(1);
    for (const n of names) {
      expect(regulations.some((reg) => reg.correspondence.some((c) => c.recipients.includes('public-institution') && c.recipientText?.includes(n))), n).toBe(true);
      expect(whoSigns('konak', n as never).recipient).toBe('public-institution');
    }
    // Karşıyaka m.12: "Bakanlık, Valilik, Kaymakamlık ve diğer kamu kuruluşları"
    expect(names).toEqual(expect.arrayContaining(['Bakanlık', 'Valilik', 'Kaymakamlık']));
    expect(squash(r('overview').stdout)).toContain(`kamu kurum ve kuruluşları: ${names.join(', ')} …`);
  });
  it('ends with the commands to try next, each of which answers', async () => {
    const out = lines();
    const at = out.indexOf('Sonra şunları deneyin:');
    expect(at).toBeGreaterThan(0);
    const next = out.slice(at + 1).filter(Boolean).map((l) => l.trim());
    expect(next.length).toBeGreaterThanOrEqual(3);
    expect(next).toContain('mevzuat compare in-force');
    for (const c of next) {
      expect(c.startsWith('mevzuat ')).toBe(true);
      const argv = [...c.slice('mevzuat '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
      if (argv[0] === 'repl') continue;
      const res = await inProcess(argv);
      expect(res.code, c).toBe(0);
      expect(res.stderr, c).toBe('');
    }
  });
});

/** Whitespace-separated words of a text, counted (table rules left out): wrapping may move words, never split or change them. */
const wordCount = (text: string) => {
  const m = new Map<string, number>();
  for (const w of text.split(/\s+/)) if (w && !/^─+$/.test(w)) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
};

describe('80 columns: every command, answer and suggestion', () => {
  const help = ['--help', ...commands.map((c) => c.name), 'repl', 'serve'].map((c) => (c === '--help' ? [c] : ['help', c]));
  const ids = regulations.map((x) => x.id);
  const runs: string[][] = [
    ...help, ['overview'], ['list'],
    ...ids.flatMap((id) => [
      ['who-signs', id, '--to', 'valilik'], ['who-signs', id, '--to', 'müdürlük'], ['who-signs', id, '--to', 'vatandaş'],
      ['routing', id], ['in-force', id], ['in-force', id, '--on', '2016-01-01'], ['define', id, 'Vali'], ['deputy', id, 'Müdür'], ['chain', id, 'Müdür'],
    ]),
    ['reports-to', 'konak', 'Müdür'], ['chain', 'kocaeli', 'Şef'], ['duties', 'konak', 'Şef'], ['search', 'harcama', 'yetkilisi'], ['cite', 'konak', 'm.14/b'],
    ['define', 'konak', 'Müdürlük'],
    ['compare', 'who-signs', '--to', 'valilik'], ['compare', 'reports-to', 'Şef'], ['compare', 'reports-to', 'Müdür'], ['compare', 'chain', 'Şef'],
    ['compare', 'chain', 'Müdür'], ['compare', 'routing'], ['compare', 'in-force'], ['compare', 'in-force', '--on', '2016-01-01'],
    // suggestions
    ['reports-to', 'izmir', 'Şef'], ['reports-to', 'karsiyaka', 'Esnaf Masası'], ['reports-to', 'konak', 'Müdürr'], ['who-signs', 'konya', '--to', 'valilik'],
    ['who-signs', 'konak', '--to', 'vali'], ['wh-signs'], ['duties', 'konak', 'Şef', '--topic', 'procuremnt'], ['compare', 'bogus'], ['cite', 'konak', 'm.99'],
  ];
  const narrow = new Map<string, Result>();
  const wide = new Map<string, Result>();
  beforeAll(async () => {
    const queue = runs.flatMap((a) => [[a, '80'], [a, '400']] as const);
    await Promise.all(Array.from({ length: 4 }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const [args, cols] = job;
        (cols === '80' ? narrow : wide).set(JSON.stringify(args), await mevzuat([...args], { env: { COLUMNS: cols } }));
      }
    }));
  }, 120_000);

  it.each(runs.map((a) => [a.join(' '), a] as const))('%s: every line at most 80 characters, no word broken', (_name, args) => {
    const at80 = narrow.get(JSON.stringify(args))!;
    const at400 = wide.get(JSON.stringify(args))!;
    const text = at80.stdout + at80.stderr;
    expect(text.length).toBeGreaterThan(0);
    expect(text.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
    // laid out for 400 columns the same words come out: none was cut to fit 80
    expect(wordCount(text)).toEqual(wordCount(at400.stdout + at400.stderr));
  });
});

describe('human output', () => {
  const humanRuns = () => ok.filter((a) => !a.includes('--json')).map((a) => r(...a));
  it('every answer exits 0, fits 80 columns, has no colour on a pipe and prints nothing on stderr', () => {
    for (const out of humanRuns()) {
      expect(out.code).toBe(0);
      expect(out.stderr).toBe('');
      expect(out.stdout).not.toMatch(/\u001b\[/);
      expect(out.stdout.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
    }
  });
  it('who-signs: the answer first, then each citation as its label and verbatim text', () => {
    const a = whoSigns('konak', 'valilik');
    const out = r('who-signs', 'konak', '--to', 'valilik').stdout;
    expect(squash(out).startsWith(a.explanation)).toBe(true);
    expect(out).toContain('\nDayanak\n  m.14/b\n    ');
    expect(squash(out.slice(out.indexOf('m.14/b\n')))).toBe(`m.14/b ${a.citations[0]!.text}`);
  });
  it('reports-to, chain, deputy, duties, routing, define, in-force, cite answer in Turkish', () => {
    expect(r('reports-to', 'konak', 'Web', 'birimi').stdout).toMatch(/^Web birimi kime bağlı:\n {2}• Özel Kalem Müdürlüğü: bağlı olarak çalışır; yapıdan çıkarım \[m\.5\/3-e\]\n/);
    expect(r('chain', 'konak', 'Şef').stdout.split('\n')[0]).toBe(chainOfCommand('konak', 'Şef').map((x) => x.name).join(' → '));
    expect(r('deputy', 'konak', 'Şef').stdout).toContain('Durum: düzenlenmemiş');
    expect(r('duties', 'konak', 'Şef').stdout.split('\n')[0]).toBe(`Şef: ${dutiesOf('konak', 'Şef').length} görev`);
    expect(r('routing', 'konak').stdout).toContain('  1. Şef kaydeder. [m.9/o]\n  2. Müdür havale eder (havale edilen: Personel). [m.15]');
    expect(r('define', 'konak', 'Vali').stdout).toContain('"Vali" konak-ozel-kalem içinde tanımlı değil');
    expect(r('in-force', 'konak', '--on', '2016-01-01').stdout.split('\n')[0]).toBe('01.01.2016 itibarıyla: henüz yürürlükte değil; 10.10.2016 tarihinde yürürlüğe');
    expect(squash(r('cite', 'konak', 'm.14/b').stdout)).toBe(`m.14/b (konak-ozel-kalem; Madde 14, bent b) ${cite('konak', 'm.14/b').text}`);
    const hits = findDuties('harcama yetkilisi');
    expect(r('search', 'harcama yetkilisi').stdout.split('\n')[0]).toBe(`"harcama yetkilisi": ${hits.length} görev`);
  });
  it('overview: per regulation its title and the four answers with their citation labels', () => {
    const out = r('overview').stdout;
    for (const reg of regulations) {
      expect(squash(out)).toContain(`${reg.title}`);
      const signs = whoSigns(reg.id, 'public-institution');
      if (signs.citations.length) expect(squash(out)).toContain(`[${signs.citations.map((c) => c.label).join(', ')}]`);
    }
    expect(out.match(/^  Kamu kurum ve kuruluşlarına yazıyı kim imzalar: /gm)).toHaveLength(regulations.length);
    expect(out.match(/^  Bugün \(\d\d\.\d\d\.\d{4}\) yürürlükte mi: /gm)).toHaveLength(regulations.length);
    expect(out).toContain('Müdür yokken kim vekâlet eder: Şef (açık hüküm) [m.9/t]');
  });
  it('compare: an aligned table, one row a regulation, a row saying so where the subject does not exist', () => {
    const out = r('compare', 'reports-to', 'Şef').stdout;
    for (const reg of regulations) {
      const row = out.split('\n').find((l) => l.startsWith(`${reg.id} `));
      expect(row, reg.id).toBeDefined();
      let has: boolean | 'ambiguous' = true;
      try { reportsTo(reg.id, 'Şef'); } catch (e) { has = (e as { code?: string }).code === 'AMBIGUOUS' ? 'ambiguous' : false; }
      expect(row!.includes('bu mevzuatta "Şef" yok'), reg.id).toBe(has === false);
      expect(row!.includes('"Şef" birden çok karşılığı var'), reg.id).toBe(has === 'ambiguous');
    }
    const signs = r('compare', 'who-signs', '--to', 'valilik').stdout.split('\n');
    expect(signs[2]).toMatch(/^Mevzuat +Durum +İmza \(paraf\) ya da sorumlu +Dayanak$/);
    for (const reg of regulations) expect(signs.filter((l) => l.startsWith(`${reg.id} `))).toHaveLength(1);
  });
  it('--help, --version and help for a command', () => {
    expect(r('--version').stdout).toBe(`${version}\n`);
    const help = r('--help').stdout;
    for (const c of ['overview', 'list', 'who-signs', 'reports-to', 'chain', 'deputy', 'duties', 'search', 'routing', 'define', 'in-force', 'cite', 'hakkinda', 'compare', 'repl']) {
      expect(help).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    }
    expect(r('help', 'compare').stdout.split('\n').slice(0, 5)).toEqual([
      'mevzuat compare who-signs --to <alıcı>', 'mevzuat compare reports-to <özne>', 'mevzuat compare chain <özne>', 'mevzuat compare routing', 'mevzuat compare in-force [--on <YYYY-AA-GG>]',
    ]);
  });
  it('--help lists every command, each form of it on a line of its own (every compare question)', () => {
    const help = r('--help').stdout;
    for (const c of commands) {
      const forms = (c.usage ?? c.name).split(' | ');
      for (const f of forms) expect(help, f).toMatch(new RegExp(`^  ${f.split(' ').slice(0, c.name === 'compare' ? 2 : 1).join(' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'm'));
    }
    for (const q of ['who-signs', 'reports-to', 'chain', 'routing', 'in-force']) expect(help).toMatch(new RegExp(`^  compare ${q}\\b`, 'm'));
    for (const c of ['repl', 'serve', 'help']) expect(help).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
  });
});

describe('bad input: exit 2, a Turkish line and the suggestions on stderr, never a stack trace', () => {
  let inProcessResults: Map<string, Result>;
  const p = (...args: string[]) => inProcessResults.get(JSON.stringify(args))!;
  beforeAll(async () => {
    inProcessResults = new Map();
    for (const args of badInProcess) inProcessResults.set(JSON.stringify(args), await inProcess(args));
  });

  it('every bad input', () => {
    for (const [args, out] of [...bad.map((a) => [a, r(...a)] as const), ...badInProcess.map((a) => [a, p(...a)] as const)]) {
      expect(out.code, args.join(' ')).toBe(2);
      expect(out.stdout, args.join(' ')).toBe('');
      expect(out.stderr, args.join(' ')).not.toMatch(stack);
      const first = args.includes('--json') ? JSON.parse(out.stderr).error.message as string : out.stderr.split('\n')[0]!;
      expect(first.length).toBeGreaterThan(5);
    }
  });
  it('library errors print as formatMevzuatError words them: the nearest regulation, recipient, entity, topic, label', () => {
    expect(r('who-signs', 'konya', '--to', 'valilik').stderr).toBe(errorText(() => whoSigns('konya' as never, 'valilik')));
    expect(r('who-signs', 'konya', '--to', 'valilik').stderr).toMatch(/^Bilinmeyen mevzuat: "konya"\n {2}Şunu mu demek istediniz: .*konak-ozel-kalem/);
    expect(r('reports-to', 'konak', 'Müdürr').stderr).toBe('Bilinmeyen birim, kadro ya da makam: "Müdürr"\n  Şunu mu demek istediniz: Müdür\n');
    expect(p('who-signs', 'konak', '--to', 'vali').stderr).toBe(errorText(() => whoSigns('konak', 'vali' as never)));
    expect(p('duties', 'konak', 'Şef', '--topic', 'procuremnt').stderr).toContain('Şunu mu demek istediniz: procurement');
    expect(p('cite', 'konak', 'm.99').stderr).toBe(errorText(() => cite('konak', 'm.99')));
  });
  it('usage errors: unknown command or option with the nearest, missing or extra arguments, bad dates', () => {
    expect(r('wh-signs', 'konak').stderr).toBe('Bilinmeyen komut: "wh-signs"\n  Şunu mu demek istediniz: who-signs\n  Yardım: mevzuat --help\n');
    expect(r('duties', 'konak', 'Şef', '--topik', 'budget').stderr).toBe('Bilinmeyen seçenek: --topik (duties komutunda)\n  Şunu mu demek istediniz: --topic\n  Yardım: mevzuat duties --help\n');
    expect(r('duties', 'konak', 'Şef', '--topic').stderr.split('\n')[0]).toBe('--topic seçeneği bir değer bekliyor: --topic <konu>');
    expect(r('reports-to', 'konak').stderr.split('\n')[0]).toBe('Eksik argüman: <özne>');
    expect(r('list', 'fazla').stderr.split('\n')[0]).toBe('Fazla argüman: "fazla"');
    expect(r('in-force', 'konak', '--on', '2020-13-45').stderr).toBe('Geçersiz tarih: "2020-13-45"\n  Tarih biçimi: YYYY-AA-GG (ör. 2016-10-10)\n');
    expect(p('who-signs', 'konak').stderr.split('\n')[0]).toBe('Eksik seçenek: --to <alıcı>');
    expect(p('compare', 'reports-to', 'Hiçkimse').stderr.split('\n')[0]).toBe('Hiçbir mevzuatta "Hiçkimse" adlı birim, kadro ya da makam yok');
    expect(squash(p('compare', 'bogus').stderr)).toBe('Bilinmeyen karşılaştırma: "bogus" (who-signs, reports-to, chain, routing ya da in-force)');
    expect(p('compare', 'who-signs').stderr.split('\n')[0]).toBe('Eksik seçenek: --to <alıcı>');
    expect(p('list', '--json=yes').stderr.split('\n')[0]).toBe('--json seçeneği değer almaz');
    expect(p('routing', 'konak', '--to', 'valilik').stderr.split('\n')[0]).toBe('Bilinmeyen seçenek: --to (routing komutunda)');
    expect(p('who-signs', 'konak', 'valilik', '--to', 'valilik').stderr.split('\n')[0]).toBe('Alıcı iki kez verildi: ya --to ile ya da argüman olarak yazın');
    expect(p('help', 'nope').stderr.split('\n')[0]).toBe('Bilinmeyen komut: "nope"');
    expect(JSON.parse(p('--json').stderr).error).toEqual({ code: 'USAGE', message: 'Bilinmeyen seçenek: --json', suggestions: [], input: '--json' });
  });
});

describe('help for every command (in process)', () => {
  const names = ['overview', 'list', 'who-signs', 'reports-to', 'chain', 'deputy', 'duties', 'search', 'routing', 'define', 'in-force', 'cite', 'hakkinda', 'compare', 'repl'];
  it.each(names)('%s --help: usage, arguments, options, examples, in 80 columns', async (name) => {
    for (const argv of [[name, '--help'], [name, '-h'], ['help', name]]) {
      const out = await inProcess(argv);
      expect(out.code).toBe(0);
      expect(out.stderr).toBe('');
      expect(out.stdout.split('\n')[0]).toMatch(new RegExp(`^mevzuat ${name}\\b`));
      expect(out.stdout).toContain('--help');
      expect(out.stdout.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
    }
  });
  it('who-signs takes the recipient as an argument too', async () => {
    expect(JSON.parse((await inProcess(['who-signs', 'konak', 'valilik', '--json'])).stdout)).toEqual(json(whoSigns('konak', 'valilik')));
  });
});

describe('exit code 1 is for bugs only', () => {
  it('an unexpected failure says it is a bug, with its stack, and returns 1', async () => {
    let err = '';
    const code = await run(['list'], { stdout: { write: () => { throw new Error('disk full'); } }, stderr: { write: (s: string) => { err += s; } }, env: {} });
    expect(code).toBe(1);
    expect(err).toMatch(/^mevzuat: beklenmeyen hata; bu bir yazılım hatasıdır, lütfen bildirin\.\nError: disk full\n\s+at /);
  });
});

describe('installed in another project', () => {
  it('npx mevzuat runs the packed bin, importing the library beside it', () => {
    const out = mkdtempSync(join(tmpdir(), 'mevzuat-cli-'));
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    expect(packed[0].files.map((f: { path: string }) => f.path)).toContain('dist/cli/bin.cjs');
    const project = join(out, 'consumer');
    const pkgDir = join(project, 'node_modules', 'belediye-mevzuat');
    mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
    mkdirSync(pkgDir);
    execFileSync('tar', ['-xzf', join(out, packed[0].filename), '-C', pkgDir, '--strip-components=1']);
    for (const dep of ['zod']) symlinkSync(join(root, 'node_modules', dep), join(project, 'node_modules', dep));
    const bin = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).bin.mevzuat as string;
    symlinkSync(join('..', 'belediye-mevzuat', bin), join(project, 'node_modules', '.bin', 'mevzuat')); // as npm links a bin
    writeFileSync(join(project, 'package.json'), '{"name":"consumer","private":true}');
    execFileSync('chmod', ['+x', join(pkgDir, bin)]);
    const answer = execFileSync('npx', ['--no', 'mevzuat', 'who-signs', 'konak', '--to', 'valilik', '--json'], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(JSON.parse(answer)).toEqual(json(whoSigns('konak', 'valilik')));
    expect(readFileSync(join(pkgDir, bin), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  }, 30_000);
});
