// Issue 22, REPL side (point 10): Tab completion escapes what it lists and inserts; Ctrl-C
// interrupts a never-settling await (in process, as readline reports Ctrl-C) and a busy loop (a
// real SIGINT to the built CLI); `.load` echoes a file escaped.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import type { REPLServer } from 'node:repl';
import { replCompleter, startRepl } from '../src/cli/repl.js';
import { assertBuilt, cli, rawControl, root } from './cli-support.js';

class Sink extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) { super(); }
  override _write(chunk: Buffer, _enc: string, done: () => void) { this.text += chunk.toString(); done(); }
}
const until = async (f: () => boolean) => { while (!f()) await new Promise((r) => setTimeout(r, 20)); };

describe('the REPL and hostile input', () => {
  it('completion lists escape control characters and bidi overrides, whoever produced the names', async () => {
    const hostile = ['\u001b]0;pwned\u0007', '\u001b[2Jx', '\u202eabc'];
    const base = function (this: REPLServer, _line: string, cb: (e: Error | null, r?: [string[], string]) => void) { cb(null, [hostile, '']); };
    const got = await new Promise<[string[], string]>((done) => replCompleter(base).call({} as REPLServer, 'x.', (_e, r) => done(r!)));
    expect(got[0]).toEqual(['\\e]0;pwned\\a', '\\e[2Jx', '\\u{202E}abc']);
    for (const c of got[0]) expect(c).not.toMatch(rawControl);
  });

  it('Ctrl-C interrupts an await that never settles; the session goes on', async () => {
    const input = new PassThrough();
    const output = new Sink(false);
    const server = startRepl({ input, output, env: {} });
    input.write("console.log('BEKLIYOR'); await new Promise(() => {})\n");
    await until(() => output.text.includes('BEKLIYOR'));
    server.emit('SIGINT');
    input.end("'sonra ' + (20 + 22)\n");
    await new Promise((done) => server.on('exit', done));
    expect(output.text).toMatch(/interrupted/);
    expect(output.text).toContain("'sonra 42'");
  }, 30_000);

  it('Ctrl-C (SIGINT) interrupts a busy loop in the built CLI; the next line still answers', async () => {
    assertBuilt();
    const child = spawn(process.execPath, [cli, 'repl'], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => { out += t; });
    child.stderr.setEncoding('utf8').on('data', (t: string) => { out += t; });
    child.stdin.write("console.log('BASLADI'); while (true) {}\n");
    await until(() => out.includes('BASLADI'));
    child.kill('SIGINT');
    child.stdin.end("'sonra ' + (20 + 22)\n");
    const code = await new Promise((done) => child.on('close', done));
    expect(out).toMatch(/interrupted/);
    expect(out).toContain("'sonra 42'");
    expect(code).toBe(0);
  }, 60_000);

  it('.load echoes the file escaped, runs it, and refuses a FIFO without blocking', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mevzuat-load-'));
    const file = join(dir, 'kod.js');
    writeFileSync(file, "const baslik = '\u001b]0;pwned\u0007\u001b[2J\u202e';\n'yuklendi ' + baslik.length\n");
    const input = new PassThrough();
    const output = new Sink(false);
    const server = startRepl({ input, output, env: {} });
    execFileSync('mkfifo', [join(dir, 'boru.js')]);
    input.end(`.load ${file}\n.load ${join(dir, 'yok.js')}\n.load ${join(dir, 'boru.js')}\n`);
    await new Promise((done) => server.on('exit', done));
    expect(output.text).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(output.text).toContain('\\e]0;pwned\\a\\e[2J\\u{202E}');
    expect(output.text).toContain("'yuklendi 15'");
    expect(output.text).toMatch(/Yüklenemedi: .*yok\.js bulunamadı/);
    expect(output.text).toMatch(/Yüklenemedi: boru\.js bir FIFO/);
  }, 30_000);
});
