// The `mevzuat` executable (dist/cli/bin.cjs).
import { fs } from './builtins.js';
import { run } from './main.js';
import { onStreamError } from './streams.js';

// `mevzuat search … | head` closes the pipe early, and so may whatever reads stderr: that is a
// normal end, never a crash. The exit code stays the one the run intended (0 an answer, 2 bad
// input); a REPL whose output is gone has nothing left to do and ends with 0.
let repl = false;
const end = () => { if (repl) process.exit(process.exitCode ?? 0); };
const listened = new WeakSet<NodeJS.WriteStream>();
const listen = (s: NodeJS.WriteStream) => {
  if (!listened.has(s)) { listened.add(s); s.on('error', onStreamError(end)); }
  return s;
};

/**
 * Standard output or error for a one-shot command. Node builds `process.stdout` on first use
 * (for a pipe, a socket and the stream machinery: about 2–3 ms of a command's start); a pipe or a
 * file that is not a terminal is written with `writeSync` instead, in order, whole, before the
 * process exits. A character device (a terminal, `/dev/null`) gets Node's own stream, which knows
 * whether it is a TTY; so does the rest of a write a non-blocking pipe refuses (`EAGAIN`), and
 * everything after it, so nothing is reordered or lost.
 */
function standard(fd: 1 | 2, node: () => NodeJS.WriteStream): { write: (s: string) => unknown; isTTY?: boolean } {
  let character = true;
  try { character = fs.fstatSync(fd).isCharacterDevice(); } catch { /* unknown: Node's stream decides */ }
  let stream: NodeJS.WriteStream | undefined;
  const viaNode = () => {
    return (stream ??= listen(node()));
  };
  if (character) return viaNode();
  let gone = false;
  return {
    isTTY: false,
    write(text: string) {
      if (stream) return stream.write(text);
      if (gone) return false;
      const bytes = Buffer.from(text, 'utf8');
      let done = 0;
      while (done < bytes.length) {
        try {
          done += fs.writeSync(fd, bytes, done);
        } catch (e) {
          if ((e as { code?: unknown }).code === 'EAGAIN') return viaNode().write(bytes.subarray(done));
          gone = true;
          onStreamError(end)(e);
          return false;
        }
      }
      return true;
    },
  };
}

void run(process.argv.slice(2), { stdout: standard(1, () => process.stdout), stderr: standard(2, () => process.stderr), env: process.env }).then((code) => {
  if (code !== undefined) process.exitCode = code;
  else {
    // the REPL writes to Node's streams itself
    repl = true;
    listen(process.stdout);
    listen(process.stderr);
  }
});
