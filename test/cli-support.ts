// Running the BUILT `mevzuat` command (dist/cli/bin.cjs) as a subprocess, for test/cli.test.ts,
// test/cli-hostile.test.ts and test/repl.test.ts.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, existsSync, mkdtempSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
export const cli = join(root, 'dist/cli/bin.cjs');

/** Throws unless dist/cli/bin.cjs and dist/index.js exist and are newer than every source they are built from. */
export function assertBuilt(): void {
  const built = [cli, join(root, 'dist/index.js')];
  for (const f of built) if (!existsSync(f)) throw new Error(`${f} is missing: run npm run build (npm test does)`);
  const oldest = Math.min(...built.map((f) => statSync(f).mtimeMs));
  const sources = [join(root, 'tsup.config.ts'), ...readdirSync(join(root, 'src'), { recursive: true }).map((f) => join(root, 'src', String(f)))];
  const newer = sources.filter((f) => statSync(f).isFile() && statSync(f).mtimeMs > oldest);
  if (newer.length) throw new Error(`dist is older than ${newer.map((f) => f.slice(root.length + 1)).join(', ')}: run npm run build (npm test does)`);
}

export type Result = { code: number; stdout: string; stderr: string };

/** Runs `node dist/cli/bin.cjs …args` with stdin from `input` (closed when absent); stdout and stderr are pipes, so never a TTY. */
export function mevzuat(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<Result> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [cli, ...args], {
      cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env }, timeout: 20_000,
    }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      done({ code, stdout, stderr });
    });
    child.stdin!.end(options.input ?? '');
  });
}

/** Runs many invocations at most `parallel` at a time; results by `JSON.stringify(args)`. */
export async function mevzuatAll(list: string[][], parallel = 4): Promise<Map<string, Result>> {
  const out = new Map<string, Result>();
  const queue = [...list];
  await Promise.all(Array.from({ length: parallel }, async () => {
    for (let args = queue.shift(); args; args = queue.shift()) out.set(JSON.stringify(args), await mevzuat(args));
  }));
  return out;
}

/** The text of `s` with runs of white space as one space, for comparing wrapped output to verbatim text. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Runs `node dist/cli/bin.cjs …args` with stdout and/or stderr already closed by their reader: each
 * is the write end of a FIFO whose read end was closed before the process started, so every
 * write to it fails with EPIPE (deterministically, not by racing the process). A stream left
 * open is a pipe, read as usual. Resolves with the exit code (-1 on a timeout or a signal).
 */
export function mevzuatClosed(args: string[], closed: { stdout?: boolean; stderr?: boolean }, options: { input?: string } = {}): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'mevzuat-epipe-'));
  const deadEnd = (name: string) => {
    const fifo = join(dir, name);
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY);
    closeSync(reader);
    return writer;
  };
  const fds = [closed.stdout ? deadEnd('stdout') : 'pipe', closed.stderr ? deadEnd('stderr') : 'pipe'] as const;
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' }, stdio: ['pipe', fds[0], fds[1]], timeout: 20_000,
    });
    for (const fd of fds) if (typeof fd === 'number') closeSync(fd);
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (t: string) => { stdout += t; });
    child.stderr?.setEncoding('utf8').on('data', (t: string) => { stderr += t; });
    child.on('close', (code) => {
      rmSync(dir, { recursive: true, force: true });
      done({ code: code ?? -1, stdout, stderr });
    });
    child.stdin!.end(options.input ?? '');
  });
}

/** Anything a terminal acts on, but the newline: C0, DEL, C1, bidi controls, line and paragraph separators, lone surrogates. */
export const rawControl = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
