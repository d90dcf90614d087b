// The `mevzuat` executable (dist/cli.js).
import { run } from './main.js';
import { onStreamError } from './streams.js';

// `mevzuat search … | head` closes the pipe early, and so may whatever reads stderr: that is a
// normal end, never a crash. The exit code stays the one the run intended (0 an answer, 2 bad
// input); a REPL whose output is gone has nothing left to do and ends with 0.
let repl = false;
const end = () => { if (repl) process.exit(process.exitCode ?? 0); };
process.stdout.on('error', onStreamError(end));
process.stderr.on('error', onStreamError(end));

const code = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
if (code !== undefined) process.exitCode = code;
else repl = true;
