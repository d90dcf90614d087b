// Running the BUILT `mevzuat` command (dist/cli.js) as a subprocess, for test/cli.test.ts and test/repl.test.ts.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
export const cli = join(root, 'dist/cli.js');

/** Throws unless dist/cli.js and dist/index.js exist and are newer than every source they are built from. */
export function assertBuilt(): void {
  const built = [cli, join(root, 'dist/index.js')];
  for (const f of built) if (!existsSync(f)) throw new Error(`${f} is missing: run npm run build (npm test does)`);
  const oldest = Math.min(...built.map((f) => statSync(f).mtimeMs));
  const sources = [join(root, 'tsup.config.ts'), ...readdirSync(join(root, 'src'), { recursive: true }).map((f) => join(root, 'src', String(f)))];
  const newer = sources.filter((f) => statSync(f).isFile() && statSync(f).mtimeMs > oldest);
  if (newer.length) throw new Error(`dist is older than ${newer.map((f) => f.slice(root.length + 1)).join(', ')}: run npm run build (npm test does)`);
}

export type Result = { code: number; stdout: string; stderr: string };

/** Runs `node dist/cli.js …args` with stdin from `input` (closed when absent); stdout and stderr are pipes, so never a TTY. */
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
