// Hostile regulation folders, built at test time from the fixture folder (no committed binaries,
// devices or symbolic links), for test/hostile-folders.test.ts and `npm run fuzz`: the cases of
// issue 22 one by one, and a fast-check arbitrary of mutated folders.
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';

export const FIXTURE = resolve(import.meta.dirname, '../fixtures/ornekkoy/encoded/ornekkoy');
export const FILES = ['text.yaml', 'regulation.yaml', 'organisation.yaml', 'duties.yaml', 'rules.yaml', 'coverage.yaml', 'source.txt'] as const;

/** What a secret outside every folder holds: it must never show in any message or output. */
export const SECRET = 'GIZLI-root:x:0:0:root:/root:/bin/bash-DISARIDAKI-ICERIK';

/**
 * A scratch area: `<tmp>/secret.txt` (the secret), `<tmp>/source-copy.txt` (a correct copy of the
 * source, outside the folder) and `<tmp>/<name>/` (a copy of the fixture folder).
 */
export function scratch(name = 'ornekkoy') {
  const base = mkdtempSync(join(tmpdir(), 'mevzuat-hostile-'));
  const dir = join(base, name);
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(base, 'secret.txt'), `${SECRET}\n`);
  cpSync(join(FIXTURE, 'source.txt'), join(base, 'source-copy.txt'));
  const at = (f: string) => join(dir, f);
  return {
    base, dir, at,
    read: (f: string) => readFileSync(at(f), 'utf8'),
    write: (f: string, text: string | Buffer) => writeFileSync(at(f), text),
    edit(f: string, from: string | RegExp, to: string) {
      const text = readFileSync(at(f), 'utf8');
      if (!(typeof from === 'string' ? text.includes(from) : from.test(text))) throw new Error(`${f} does not contain ${String(from)}`);
      writeFileSync(at(f), text.replace(from, to));
    },
    link(f: string, target: string) { rmSync(at(f), { recursive: true, force: true }); symlinkSync(target, at(f)); },
    dirInstead(f: string) { rmSync(at(f), { recursive: true, force: true }); mkdirSync(at(f)); writeFileSync(join(at(f), 'inside.yaml'), 'a: 1\n'); },
    fifo(f: string) { rmSync(at(f), { recursive: true, force: true }); execFileSync('mkfifo', [at(f)]); },
    sparse(f: string, bytes: number) { truncateSync(at(f), bytes); },
    chmod(f: string, mode: number) { chmodSync(at(f), mode); },
    cleanup() { try { chmodSync(dir, 0o755); } catch { /* gone */ } rmSync(base, { recursive: true, force: true }); },
  };
}
export type Scratch = ReturnType<typeof scratch>;

/** A YAML alias bomb: 9 levels of 9 aliases (9⁹ strings when expanded). */
export const aliasBomb = (() => {
  let out = 'lol: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  let prev = 'a';
  for (const n of 'bcdefghi') { out += `${n}: &${n} [${Array(9).fill(`*${prev}`).join(', ')}]\n`; prev = n; }
  return out;
})();

/** Snippets a hostile line might hold. */
const snippets = [
  'source: ../../secret.txt', 'source: /etc/passwd', 'source: .', '  - file: ""', '  - file: ../secret.txt', 'x: &a [1, 2]\ny: [*a, *a, *a]',
  '? [a, b]\n: c', '? {a: 1}\n: b', 'a: !!js/function "f"', 'a: !foo 1', 'a: !!binary aGVsbG8=', `${'['.repeat(3000)}${']'.repeat(3000)}`,
  '- ' + '- '.repeat(200) + 'x', 'name: "\u001b]0;pwned\u0007\u001b[2J\u202e"', '<<: *nope', '%YAML 9.9', '---\n---', '\t- bad',
];

/** One way to break a folder. */
export type Mutation =
  | { kind: 'truncate'; file: number; at: number }
  | { kind: 'bytes'; file: number; at: number; bytes: number[] }
  | { kind: 'line'; file: number; line: number; snippet: number }
  | { kind: 'remove'; file: number }
  | { kind: 'dir'; file: number }
  | { kind: 'link-out'; file: number }
  | { kind: 'link-in'; file: number; to: number }
  | { kind: 'bomb'; file: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), file: fc.nat(FILES.length - 1), at: fc.nat(20_000) }),
  fc.record({ kind: fc.constant('bytes' as const), file: fc.nat(FILES.length - 1), at: fc.nat(20_000), bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('line' as const), file: fc.nat(FILES.length - 1), line: fc.nat(400), snippet: fc.nat(snippets.length - 1) }),
  fc.record({ kind: fc.constant('remove' as const), file: fc.nat(FILES.length - 1) }),
  fc.record({ kind: fc.constant('dir' as const), file: fc.nat(FILES.length - 1) }),
  fc.record({ kind: fc.constant('link-out' as const), file: fc.nat(FILES.length - 1) }),
  fc.record({ kind: fc.constant('link-in' as const), file: fc.nat(FILES.length - 1), to: fc.nat(FILES.length - 1) }),
  fc.record({ kind: fc.constant('bomb' as const), file: fc.nat(FILES.length - 2) }),
);

/** Applies mutations to a scratch folder. */
export function mutate(s: Scratch, list: readonly Mutation[]): void {
  for (const m of list) {
    const f = FILES[m.file]!;
    // content is changed only in a regular file of the folder: never through a link (out or in) nor into a folder
    const regular = (() => { try { return lstatSync(s.at(f)).isFile(); } catch { return false; } })();
    if (!regular && ['truncate', 'bytes', 'line', 'bomb'].includes(m.kind)) continue;
    const bytes = regular ? readFileSync(s.at(f)) : Buffer.alloc(0);
    switch (m.kind) {
      case 'truncate': s.write(f, bytes.subarray(0, m.at % (bytes.length + 1))); break;
      case 'bytes': { const i = m.at % (bytes.length + 1); s.write(f, Buffer.concat([bytes.subarray(0, i), Buffer.from(m.bytes), bytes.subarray(i)])); break; }
      case 'line': {
        const lines = bytes.toString('latin1').split('\n');
        lines[m.line % Math.max(1, lines.length)] = snippets[m.snippet]!;
        s.write(f, Buffer.from(lines.join('\n'), 'latin1'));
        break;
      }
      case 'remove': rmSync(s.at(f), { recursive: true, force: true }); break;
      case 'dir': s.dirInstead(f); break;
      case 'link-out': s.link(f, join(s.base, 'secret.txt')); break;
      case 'link-in': if (m.to !== m.file) s.link(f, FILES[m.to]!); break;
      case 'bomb': s.write(f, `${bytes.toString('latin1')}\n${aliasBomb}`); break;
    }
  }
}
