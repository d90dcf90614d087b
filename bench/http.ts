/**
 * The HTTP section of the bench: autocannon loads `mevzuat serve`'s app (the built package) and a
 * bare node:http server returning a fixed JSON (the same answer, serialised once), each for
 * BENCH_HTTP_SECONDS (default 10) in all with 10 connections, each server in a process of its own.
 * Both arms get the same request, the same URL every time, and must answer it with the same bytes
 * (checked before loading). The seconds are given in BENCH_HTTP_SLICES (default 5) slices, the
 * arms taking turns, so that a change in the machine's load (two cores, shared with autocannon and
 * whatever else runs) falls on every arm alike rather than on whichever ran at that moment.
 * Reported as ratios of the same run: requests per second (every response counted over the time
 * loaded) and p99 latency (of every 2xx response's time as autocannon measured it, in fractions of
 * a millisecond), ours / bare; and, for reference, ours with its response cache off.
 * Run alone with `npm run bench -- --only http`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';

export type HttpRow = { section: string; figure: string; measured: string; target: string; pass?: boolean; value?: number; unit?: string; detail?: Record<string, unknown> };

const probe = fileURLToPath(new URL('./probes/http-server.mjs', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const path = '/regulations/konak/who-signs?recipient=valilik';

type Kind = 'ours' | 'bare' | 'ours-uncached';
type Arm = { kind: Kind; child: ChildProcess; url: string; body: string; requests: number; seconds: number; errors: number; non2xx: number; times: number[] };

/** Starts one arm's server and reads the body it answers with. */
async function start(kind: Kind): Promise<Arm> {
  const child = spawn(process.execPath, [probe, kind], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((done, fail) => {
    let out = '';
    child.stdout!.on('data', (d) => { out += d; const m = out.match(/^(\d+)\n/); if (m) done(Number(m[1])); });
    child.on('exit', (code) => fail(new Error(`${kind} server exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${port}${path}`;
  const body = await (await fetch(url)).text();
  return { kind, child, url, body, requests: 0, seconds: 0, errors: 0, non2xx: 0, times: [] };
}

/** Loads an arm for `seconds`, adding what it served to its totals. */
async function slice(arm: Arm, seconds: number): Promise<void> {
  const run = autocannon({ url: arm.url, duration: seconds, connections: 10, pipelining: 1 });
  run.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => { if (status >= 200 && status < 300) arm.times.push(ms); });
  const r = await run;
  arm.requests += r.requests.total;
  arm.seconds += r.duration;
  arm.errors += r.errors;
  arm.non2xx += r.non2xx;
}

function p99(times: number[]): number {
  const sorted = Float64Array.from(times).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)] ?? NaN;
}

/** Runs the HTTP section; `log` gets progress. */
export async function benchHttp(log: (s: string) => void): Promise<HttpRow[]> {
  const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
  const slices = Math.max(1, Math.floor(Number(process.env.BENCH_HTTP_SLICES ?? 5)));
  const arms: Arm[] = [];
  try {
    for (const kind of ['ours', 'bare', 'ours-uncached'] as const) arms.push(await start(kind));
    // a short warm-up of each, not counted: the first query indexes the regulation, the JIT warms up
    for (const arm of arms) await autocannon({ url: arm.url, duration: 1, connections: 4 });
    log(`http: autocannon, ${seconds} s against each of mevzuat serve, a bare node:http server and mevzuat serve with its response cache off, in ${slices} turns`);
    for (let i = 0; i < slices; i++) {
      // the order turns too, so that no arm always follows the same one
      for (const arm of i % 2 ? [...arms].reverse() : arms) await slice(arm, seconds / slices);
    }
  } finally {
    for (const arm of arms) arm.child.kill();
  }
  const [ours, bare, uncached] = arms as [Arm, Arm, Arm];
  const rps = (a: Arm) => a.requests / a.seconds;
  const f = (x: number, d = 2) => x.toFixed(d);
  const same = ours.body === bare.body && uncached.body === bare.body;
  const clean = ours.errors === 0 && ours.non2xx === 0 && same;
  const summary = (a: Arm) => ({ requestsPerSecond: rps(a), requests: a.requests, seconds: a.seconds, p99Ms: p99(a.times), errors: a.errors, non2xx: a.non2xx });
  const detail = { ours: summary(ours), bare: summary(bare), uncached: summary(uncached), slices, sameBody: same, bodyBytes: Buffer.byteLength(bare.body) };
  const bytes = Buffer.byteLength(bare.body);
  const workload = `the same request in both arms, \`GET ${path}\` every time, answered with the same ${bytes} bytes${same ? '' : ' (BODIES DIFFER)'}; ours from its response cache after the first`;
  const ratio = rps(ours) / rps(bare);
  const latency = p99(ours.times) / p99(bare.times);
  return [
    {
      section: 'HTTP', figure: `\`mevzuat serve\`: requests/s, ours / bare node:http with a fixed JSON (${workload}; 10 connections, ${seconds} s each in ${slices} alternating turns)`,
      measured: `${f(ratio)}× (${f(rps(ours), 0)} vs ${f(rps(bare), 0)} req/s)${clean ? '' : `; ${ours.errors} errors, ${ours.non2xx} non-2xx${same ? '' : ', bodies differ'}`}`,
      target: '≥ 0.5×', pass: clean && ratio >= 0.5, value: ratio, unit: '×', detail,
    },
    {
      section: 'HTTP', figure: '`mevzuat serve`: p99 latency, ours / bare (of every 2xx response, in fractions of a millisecond)',
      measured: `${f(latency)}× (${f(p99(ours.times), 3)} ms vs ${f(p99(bare.times), 3)} ms)`,
      target: '≤ 3×', pass: latency <= 3, value: latency, unit: '×', detail,
    },
    {
      section: 'HTTP', figure: 'for reference: `mevzuat serve` with its response cache off (each request routed, validated by zod, queried — a memoised answer — and its serialised bytes looked up), requests/s and p99, over bare',
      measured: `${f(rps(uncached) / rps(bare))}× (${f(rps(uncached), 0)} req/s); p99 ${f(p99(uncached.times) / p99(bare.times))}× (${f(p99(uncached.times), 3)} ms)${uncached.errors || uncached.non2xx ? `; ${uncached.errors} errors, ${uncached.non2xx} non-2xx` : ''}`,
      target: '—', value: rps(uncached) / rps(bare), unit: '×', detail,
    },
  ];
}
