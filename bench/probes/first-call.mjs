// The first call of one query in a fresh process: `node first-call.mjs <name>` imports the built
// package (not timed), then times the first call, which parses and indexes the regulation it asks
// about (and, for findDuties, every regulation). Prints {"ms": …} on stdout.
import * as m from '../../dist/index.js';
import { byName } from '../cases.mjs';

const q = byName.get(process.argv[2]);
if (!q) throw new Error(`unknown case ${process.argv[2]}`);
const t0 = performance.now();
q.call(m);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms }));
