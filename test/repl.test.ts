// `mevzuat repl`: the built CLI through a pipe (one session for many checks), the REPL on a
// pretend TTY in process (banner, prompt, colour, history, tab completion), and the completer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import type { REPLServer } from 'node:repl';
import { cite, dutiesOf, findDuties, formatMevzuatError, isMevzuatError, regulations, reportsTo, whoSigns } from '../src/index.js';
import { complete, stringContext } from '../src/cli/complete.js';
import { runInNewContext } from 'node:vm';
import { examples, queryFunctions, replScope, startRepl } from '../src/cli/repl.js';
import { assertBuilt, mevzuat, squash, type Result } from './cli-support.js';

const stack = /\n\s+at .+:\d+:\d+/;
const errorText = (f: () => unknown) => {
  try { f(); } catch (e) { if (isMevzuatError(e)) return formatMevzuatError(e); throw e; }
  throw new Error('expected a MevzuatError');
};

describe('through a pipe (the built CLI)', () => {
  // One session; each check is preceded by a marker line the REPL echoes back as '§n'.
  const steps: [string, string][] = [
    ['query', "whoSigns('konak','valilik').status"],
    ['pretty', "reportsTo('konak', 'Şef')"],
    ['dot-multiword', '.bagli konak Web birimi'],
    ['dot-quoted', '.gorevler konak "Şef"'],
    ['error', "whoSigns('konya','valilik')"],
    ['dot-error', '.imza konya valilik'],
    ['await-error', "await Promise.resolve().then(() => reportsTo('konak', 'Müdürr'))"],
    ['after-error', '1 + 1'],
    ['same-json', "JSON.stringify(whoSigns('konak','valilik')) === JSON.stringify(mevzuat.whoSigns('konak','valilik'))"],
    ['untouched', "[Object.isFrozen(mevzuat.regulations[0]), Object.getOwnPropertySymbols(mevzuat.whoSigns('konak','valilik')).length]"],
    ['await', "const n = await Promise.resolve(dutiesOf('konak', 'Şef').length)"],
    ['await-after', 'n'],
    ['madde', '.madde konak m.14/b'],
    ['ara', '.ara harcama yetkilisi'],
    ['mevzuat', '.mevzuat'],
    ['help', '.help'],
    ['clear', '.clear'],
    ['after-clear', '[typeof whoSigns, typeof regulations, regulations.length]'],
    ['multiline', 'function f() {\n  return 42;\n}\nf()'],
    ['typo', "whoSign('konak', 'valilik')"],
    ['typo-method', "mevzuat.whoSign('konak', 'valilik')"],
    ['typo-far', 'xyzzyq'],
    ['after-typo', '2 + 2'],
    ['define-unknown', "define('izmir', 'Başkan')"],
    ['define-unknown-raw', "mevzuat.define('izmir', 'Başkan')"],
    ['define-known', "define('konak', 'Müdürlük').term"],
    ['bagli-ambiguous', '.bagli izmir Şef'],
    ['ambiguous-call', "reportsTo('karsiyaka', 'Esnaf Masası')"],
    ['end', "'son'"],
  ];
  let session: Result;
  const out: Record<string, string> = {};

  beforeAll(async () => {
    assertBuilt();
    const input = steps.map(([, line], i) => `'§${i}'\n${line}\n`).join('');
    session = await mevzuat(['repl'], { input, env: { COLUMNS: '80' } });
    const parts = session.stdout.split(/^'§(\d+)'\n/m);
    for (let i = 1; i < parts.length; i += 2) out[steps[Number(parts[i])]![0]] = parts[i + 1]!;
  }, 30_000);

  it('runs every line, in order, and exits 0 at the end of input', () => {
    expect(session.code).toBe(0);
    expect(session.stderr).toBe('');
    expect(Object.keys(out)).toEqual(steps.map(([k]) => k));
    expect(out.end).toBe("'son'\n");
  });
  it('answers a query; pretty-prints answers instead of dumping objects', () => {
    expect(out.query).toBe("'explicit'\n");
    expect(out.pretty).toContain('Şef kime bağlı:\n  • Müdür: amiri; yapıdan çıkarım [m.4/g]');
    expect(squash(out.pretty!)).toContain(`m.4/g ${cite('konak', 'm.4/g').text}`);
    expect(out.pretty).not.toContain('citations:');
  });
  it('dot-commands take multi-word subjects, bare or quoted', () => {
    expect(out['dot-multiword']).toMatch(/^Web birimi kime bağlı:\n {2}• Özel Kalem Müdürlüğü: /);
    expect(out['dot-quoted']!.split('\n')[0]).toBe(`Şef: ${dutiesOf('konak', 'Şef').length} görev`);
    expect(squash(out.madde!)).toBe(`m.14/b (konak-ozel-kalem; Madde 14, bent b) ${cite('konak', 'm.14/b').text}`);
    expect(out.ara!.split('\n')[0]).toBe(`"harcama yetkilisi": ${findDuties('harcama yetkilisi').length} görev`);
    for (const r of regulations) expect(out.mevzuat).toContain(`${r.id}\n`);
  });
  it('a thrown MevzuatError prints its message and suggestions, no stack trace, and the session goes on', () => {
    const text = errorText(() => whoSigns('konya' as never, 'valilik'));
    expect(out.error).toBe(`${text}\n`);
    expect(out['dot-error']).toBe(`${text}\n`);
    expect(session.stdout).not.toMatch(stack);
    expect(session.stdout).not.toContain('Uncaught');
    expect(out['await-error']).toBe(`${errorText(() => reportsTo('konak', 'Müdürr'))}\n`);
    expect(out['after-error']).toBe('2\n');
  });
  it('wrapped answers equal the library answers, whose frozen objects stay untouched', () => {
    expect(out['same-json']).toBe('true\n');
    expect(out.untouched).toBe('[ true, 0 ]\n');
  });
  it('top-level await, and a later line waits for it', () => {
    expect(out['await-after']).toBe(`${dutiesOf('konak', 'Şef').length}\n`);
  });
  it('.help lists the dot-commands, Node\'s own in Turkish too', () => {
    for (const c of ['imza', 'bagli', 'gorevler', 'madde', 'ara', 'mevzuat', 'break', 'clear', 'exit', 'help', 'load', 'save']) expect(out.help).toMatch(new RegExp(`^ {2}\\.${c} +\\S`, 'm'));
    expect(out.help).not.toContain('Sometimes you get stuck');
    expect(out.help).toContain('.exit      kabuktan çık');
  });
  it('.help lists every query function, one a line, each with an example the session answers', () => {
    const fns = queryFunctions();
    expect(fns.map((f) => f.call.split('(')[0])).toEqual(['whoSigns', 'reportsTo', 'chainOfCommand', 'deputyOf', 'dutiesOf', 'findDuties', 'whoRoutesIncoming', 'define', 'inForce', 'cite', 'about', 'compare', 'getRegulation']);
    const help = out.help!.split('\n');
    const at = help.indexOf('Sorgu işlevleri');
    expect(at).toBeGreaterThanOrEqual(0);
    for (const f of fns) {
      const line = help.findIndex((l) => l.startsWith(`  ${f.call}`));
      expect(line, f.call).toBeGreaterThan(at);
      expect(squash(help.slice(line, line + 4).join(' '))).toContain(squash(`${f.help} ör. ${f.example}`));
      // each example is a question the session answers: run in the REPL's own scope
      expect(() => runInNewContext(f.example, { ...replScope() }), f.example).not.toThrow();
    }
  });
  it('a mistyped function name suggests the nearest one, and the session goes on', () => {
    expect(out.typo).toBe('Bu oturumda "whoSign" adında bir işlev ya da değer yok\n  Şunu mu demek istediniz: whoSigns\n  Sorgu işlevlerinin listesi için .help yazın.\n');
    expect(out['typo-method']).toContain('Şunu mu demek istediniz: mevzuat.whoSigns\n');
    expect(out['typo-far']).toBe('Bu oturumda "xyzzyq" adında bir işlev ya da değer yok\n  Sorgu işlevlerinin listesi için .help yazın.\n');
    expect(out['after-typo']).toBe('4\n');
    expect(session.stdout).not.toContain('ReferenceError');
  });
  it('define of a term the Tanımlar do not define says so and lists the terms they do; the raw library still gives undefined', () => {
    const izmir = regulations.find((r) => r.id === 'izmir-kentsel-adalet')!;
    expect(squash(out['define-unknown']!)).toMatch(/^"Başkan" izmir-kentsel-adalet içinde tanımlı değil: Tanımlar maddesi bu terimi tanımlamıyor\. /);
    expect(squash(out['define-unknown']!)).toContain(`Tanımlı terimler: ${izmir.definitions.map((d) => d.term).join(', ')}`);
    expect(out['define-unknown-raw']).toBe('undefined\n');
    expect(out['define-known']).toBe("'Müdürlük'\n");
  });
  it('an ambiguous name lists its candidates by name, not by identifier', () => {
    expect(out['bagli-ambiguous']).toBe('Birden çok karşılığı olan ad: "Şef"\n  Adaylar: İdari İşler Şefi, Kentsel Adalet ve Eşitlik Şefi\n');
    // Karşıyaka's two "Esnaf Masası" share a name: each with the unit it stands under, and what to type for it
    expect(squash(out['ambiguous-call']!)).toBe('Birden çok karşılığı olan ad: "Esnaf Masası" Adaylar: Esnaf Masası (Halkla İlişkiler Müdürlüğü altında; bunu sormak için: esnaf-masasi), Esnaf Masası (Hızlı Çözüm Masaları altında; bunu sormak için: hizli-cozum-esnaf-masasi)');
  });
  it('every answer and suggestion fits 80 columns', () => {
    for (const [k, text] of Object.entries(out)) expect(text.split('\n').filter((l) => [...l].length > 80), k).toEqual([]);
  });
  it('.clear restores the context; statements may span lines', () => {
    expect(out['after-clear']).toBe(`[ 'function', 'object', ${regulations.length} ]\n`);
    expect(out.multiline).toBe('undefined\n42\n');
  });
  it('echo "…" | mevzuat repl prints just the answer', async () => {
    const one = await mevzuat(['repl'], { input: "whoSigns('konak','valilik').status\n" });
    expect(one).toEqual({ code: 0, stdout: "'explicit'\n", stderr: '' });
  });
});

/** A writable that remembers what was written; isTTY set as asked. */
class Sink extends Writable {
  text = '';
  constructor(readonly isTTY: boolean, readonly columns = 80) { super(); }
  override _write(chunk: Buffer, _enc: string, done: () => void) { this.text += chunk.toString(); done(); }
}
type TtyInput = PassThrough & { isTTY?: boolean };

describe('on a TTY (in process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mevzuat-repl-'));
  const history = join(dir, 'history');
  const started: REPLServer[] = [];
  const tty = (env: Record<string, string>) => {
    const input: TtyInput = Object.assign(new PassThrough(), { isTTY: true });
    const output = new Sink(true);
    const server = startRepl({ input, output, env: { MEVZUAT_REPL_HISTORY: history, ...env }, version: '9.9.9' });
    started.push(server);
    return { input, output, server };
  };
  afterAll(() => {
    for (const s of started) s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows a banner with three example questions, then the prompt; colour unless NO_COLOR', () => {
    const colour = /\u001b\[[0-9;]*m/;
    const { output } = tty({});
    expect(output.text).toMatch(colour);
    const plain = tty({ NO_COLOR: '1' }).output.text.replace(/\u001b\[[0-9;]*[GJ]/g, ''); // readline's cursor moves stay
    expect(plain).not.toMatch(colour);
    const banner = plain.slice(0, plain.indexOf('mevzuat> '));
    expect(squash(banner).startsWith(`belediye-mevzuat 9.9.9 · ${regulations.length} mevzuat: ${regulations.map((r) => r.id).join(', ')} `)).toBe(true);
    expect(banner.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
    const ex = examples();
    expect(ex).toHaveLength(3);
    for (const e of ex) expect(plain).toContain(`\n  ${e}\n`);
    expect(plain.endsWith('mevzuat> ')).toBe(true);
  });

  it('the banner examples are questions the REPL answers', () => {
    const [signs, duties] = examples();
    expect(signs).toMatch(/^whoSigns\('[^']+', 'valilik'\)$/);
    expect(duties).toMatch(/^dutiesOf\(/);
  });

  it('keeps history in a file', async () => {
    const { input, server } = tty({ NO_COLOR: '1' });
    const line = "whoSigns('konak','valilik').status";
    input.write(`${line}\r`);
    const read = () => (existsSync(history) ? readFileSync(history, 'utf8') : '');
    for (let i = 0; i < 5 && read().split('\n')[0] !== line; i++) await new Promise((done) => server.once('flushHistory', done));
    expect(read().split('\n')[0]).toBe(line);
  });

  it('completes function names (the default completer) and names inside strings', async () => {
    const { server } = tty({ NO_COLOR: '1' });
    const ask = (line: string) => new Promise<[string[], string]>((done, fail) => {
      (server as unknown as { completer: (l: string, cb: (e: Error | null, r: [string[], string]) => void) => void })
        .completer(line, (e, r) => (e ? fail(e) : done(r)));
    });
    const [fns, on] = await ask('whoS');
    expect(on).toBe('whoS');
    expect(fns).toContain('whoSigns');
    expect((await ask('chainOf'))[0]).toContain('chainOfCommand');
    expect(await ask("reportsTo('konak', 'Web b")).toEqual([['Web birimi'], 'Web b']);
  });
});

describe('completion inside strings and dot-commands', () => {
  it('a regulation as the first argument, by id or name', () => {
    const [list, on] = complete("whoSigns('ko")!;
    expect(on).toBe('ko');
    expect(list).toEqual(expect.arrayContaining(regulations.filter((r) => r.id.startsWith('ko')).map((r) => r.id)));
    expect(list).toContain('Konak');
  });
  it('then the regulation’s entities, recipients, labels, terms, folded (mud → Müdür)', () => {
    expect(complete("reportsTo('konak', 'mud")![0]).toEqual(expect.arrayContaining(['Müdür', 'Müdürlük']));
    expect(complete('deputyOf("konak", "Ş')![0]).toEqual(['Şef', 'Şefler']); // m.9/s writes "Şefler"
    expect(complete("whoSigns('konak', 'val")![0]).toEqual(['valilik']);
    expect(complete("cite('konak', 'm.14/")![0]).toEqual(['m.14/a', 'm.14/b']);
    expect(complete("define('konak', 'Müd")![0]).toEqual(['Müdürlük', 'Müdür']);
    expect(complete("dutiesOf('konak', 'Şef', { topic: 'proc")![0]).toEqual(['procurement']);
    expect(complete("findDuties('evrak', { regulation: 'konak-")![0]).toEqual(['konak-ozel-kalem']);
  });
  it('dot-command arguments: the regulation, then a multi-word entity', () => {
    expect(complete('.bagli ko')![0]).toContain('konak-ozel-kalem');
    expect(complete('.bagli konak Web b')).toEqual([['Web birimi'], 'Web b']);
    expect(complete('.gorevler konak "Sosyal M')).toEqual([['Sosyal Medya birimi'], 'Sosyal M']);
    expect(complete('.imza konak kaym')![0]).toEqual(['kaymakamlık']);
  });
  it('leaves code outside strings to the REPL’s own completer', () => {
    expect(complete('whoS')).toBeUndefined();
    expect(complete("whoSigns('konak', 'valilik')")).toBeUndefined();
    expect(complete('.hel')).toBeUndefined();
  });
  it('knows which call and argument a string is in', () => {
    expect(stringContext("reportsTo('konak', 'Mü")).toEqual({ partial: 'Mü', fn: 'reportsTo', argIndex: 1, firstArg: 'konak' });
    expect(stringContext("x = [whoSigns(\"it's\", 'va")).toEqual({ partial: 'va', fn: 'whoSigns', argIndex: 1, firstArg: "it's" });
    expect(stringContext("f(g('a'), 'b")).toMatchObject({ fn: 'f', argIndex: 1 });
  });
  it('offers only what the data has', () => {
    const all = new Set(reportsTo('konak', 'Şef').lines.map((l) => l.to.name));
    expect(complete("reportsTo('konak', '")![0]).toEqual(expect.arrayContaining([...all]));
  });
});
