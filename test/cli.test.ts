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
import { assertBuilt, mevzuatAll, root, squash, type Result } from './cli-support.js';

const json = (v: unknown) => JSON.parse(JSON.stringify(v ?? null));
/** What the library throws for a call, formatted as the CLI must print it. */
const errorText = (f: () => unknown) => {
  try { f(); } catch (e) { if (isMevzuatError(e)) return `${formatMevzuatError(e)}\n`; throw e; }
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
  ['--help'], ['--version'], ['help', 'compare'],
];
// bad input through the built CLI: one of each kind (library error, unknown command/option, missing or extra argument, bad value)
const bad: string[][] = [
  ['who-signs', 'konya', '--to', 'valilik'], ['reports-to', 'konak', 'Müdürr'], ['reports-to', 'konak'], ['wh-signs', 'konak'],
  ['duties', 'konak', 'Şef', '--topik', 'budget'], ['duties', 'konak', 'Şef', '--topic'], ['in-force', 'konak', '--on', '2020-13-45'], ['list', 'fazla'],
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
    expect(r('routing', 'konak').stdout).toContain('Evrak kaydedilir; metin bunu kimin yaptığını söylemiyor. [m.15]');
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
    expect(out.match(/^  Kamu kurumlarına yazıyı kim imzalar: /gm)).toHaveLength(regulations.length);
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
    for (const c of ['overview', 'list', 'who-signs', 'reports-to', 'chain', 'deputy', 'duties', 'search', 'routing', 'define', 'in-force', 'cite', 'compare', 'repl']) {
      expect(help).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    }
    expect(r('help', 'compare').stdout.split('\n').slice(0, 3)).toEqual(['mevzuat compare who-signs --to <alıcı>', 'mevzuat compare reports-to <özne>', 'mevzuat compare routing']);
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
    expect(p('compare', 'bogus').stderr.split('\n')[0]).toBe('Bilinmeyen karşılaştırma: "bogus" (who-signs, reports-to ya da routing)');
    expect(p('compare', 'who-signs').stderr.split('\n')[0]).toBe('Eksik seçenek: --to <alıcı>');
    expect(p('list', '--json=yes').stderr.split('\n')[0]).toBe('--json seçeneği değer almaz');
    expect(p('routing', 'konak', '--to', 'valilik').stderr.split('\n')[0]).toBe('Bilinmeyen seçenek: --to (routing komutunda)');
    expect(p('who-signs', 'konak', 'valilik', '--to', 'valilik').stderr.split('\n')[0]).toBe('Alıcı iki kez verildi: ya --to ile ya da argüman olarak yazın');
    expect(p('help', 'nope').stderr.split('\n')[0]).toBe('Bilinmeyen komut: "nope"');
    expect(JSON.parse(p('--json').stderr).error).toEqual({ code: 'USAGE', message: 'Bilinmeyen seçenek: --json', suggestions: [], input: '--json' });
  });
});

describe('help for every command (in process)', () => {
  const names = ['overview', 'list', 'who-signs', 'reports-to', 'chain', 'deputy', 'duties', 'search', 'routing', 'define', 'in-force', 'cite', 'compare', 'repl'];
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
    expect(packed[0].files.map((f: { path: string }) => f.path)).toContain('dist/cli.js');
    const project = join(out, 'consumer');
    const pkgDir = join(project, 'node_modules', 'belediye-mevzuat');
    mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
    mkdirSync(pkgDir);
    execFileSync('tar', ['-xzf', join(out, packed[0].filename), '-C', pkgDir, '--strip-components=1']);
    for (const dep of ['zod', 'ts-pattern']) symlinkSync(join(root, 'node_modules', dep), join(project, 'node_modules', dep));
    const bin = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).bin.mevzuat as string;
    symlinkSync(join('..', 'belediye-mevzuat', bin), join(project, 'node_modules', '.bin', 'mevzuat')); // as npm links a bin
    writeFileSync(join(project, 'package.json'), '{"name":"consumer","private":true}');
    execFileSync('chmod', ['+x', join(pkgDir, bin)]);
    const answer = execFileSync('npx', ['--no', 'mevzuat', 'who-signs', 'konak', '--to', 'valilik', '--json'], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(JSON.parse(answer)).toEqual(json(whoSigns('konak', 'valilik')));
    expect(readFileSync(join(pkgDir, bin), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  }, 30_000);
});
