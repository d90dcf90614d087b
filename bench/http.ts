/**
 * The HTTP section of the bench: autocannon loads `mevzuat serve`'s app (the built package) and a
 * bare node:http server returning a fixed JSON (the same answer, serialised once), each for
 * BENCH_HTTP_SECONDS (default 10) with 10 connections, one after the other, each server in a
 * process of its own. Both arms get the same request, the same URL every time, and must answer it
 * with the same bytes (checked before loading). Reported as ratios of the same run: requests per
 * second and p99 latency, ours / bare; and, for reference, ours with its response cache off.
 * Run alone with `npm run bench -- --only http`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';

export type HttpRow = { section: string; figure: string; measured: string; target: string; pass?: boolean; value?: number; unit?: string; detail?: Record<string, unknown> };

const probe = fileURLToPath(new URL('./probes/http-server.mjs', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const path = '/regulations/konak/who-signs?recipient=valilik';

type Kind = 'ours' | 'ours-uncached' | 'bare';
type Load = { requestsPerSecond: number; p99Ms: number; errors: number; non2xx: number; body: string };

async function load(kind: Kind, seconds: number): Promise<Load> {
  const child = spawn(process.execPath, [probe, kind], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((done, fail) => {
      let out = '';
      child.stdout!.on('data', (d) => { out += d; const m = out.match(/^(\d+)\n/); if (m) done(Number(m[1])); });
      child.on('exit', (code) => fail(new Error(`${kind} server exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}${path}`;
    // the body each arm answers with, compared across arms by the caller
    const body = await (await fetch(url)).text();
    // a short warm-up, not counted: the first query indexes the regulation, the JIT warms up
    await autocannon({ url, duration: 1, connections: 4 });
    const r = await autocannon({ url, duration: seconds, connections: 10, pipelining: 1 });
    return { requestsPerSecond: r.requests.average, p99Ms: r.latency.p99, errors: r.errors, non2xx: r.non2xx, body };
  } finally {
    child.kill();
  }
}

/** Runs the HTTP section; `log` gets progress. */
export async function benchHttp(log: (s: string) => void): Promise<HttpRow[]> {
  const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
  log(`http: autocannon, ${seconds} s against mevzuat serve`);
  const ours = await load('ours', seconds);
  log(`http: autocannon, ${seconds} s against a bare node:http server`);
  const bare = await load('bare', seconds);
  log(`http: autocannon, ${seconds} s against mevzuat serve with its response cache off (for reference)`);
  const uncached = await load('ours-uncached', seconds);
  const f = (x: number, d = 2) => x.toFixed(d);
  const same = ours.body === bare.body && uncached.body === bare.body;
  const clean = ours.errors === 0 && ours.non2xx === 0 && same;
  const { body: _o, ...oursDetail } = ours;
  const { body: _b, ...bareDetail } = bare;
  const { body: _u, ...uncachedDetail } = uncached;
  const detail = { ours: oursDetail, bare: bareDetail, uncached: uncachedDetail, sameBody: same, bodyBytes: Buffer.byteLength(bare.body) };
  const workload = `the same request in both arms, \`GET ${path}\` every time, answered with the same ${Buffer.byteLength(bare.body)} bytes${same ? '' : ' (BODIES DIFFER)'}`;
  return [
    {
      section: 'HTTP', figure: `\`mevzuat serve\`: requests/s, ours / bare node:http with a fixed JSON (${workload}; ours from its response cache after the first; 10 connections, ${seconds} s each)`,
      measured: `${f(ours.requestsPerSecond / bare.requestsPerSecond)}× (${f(ours.requestsPerSecond, 0)} vs ${f(bare.requestsPerSecond, 0)} req/s)${clean ? '' : `; ${ours.errors} errors, ${ours.non2xx} non-2xx${same ? '' : ', bodies differ'}`}`,
      target: '≥ 0.5×', pass: clean && ours.requestsPerSecond / bare.requestsPerSecond >= 0.5, value: ours.requestsPerSecond / bare.requestsPerSecond, unit: '×', detail,
    },
    {
      section: 'HTTP', figure: '`mevzuat serve`: p99 latency, ours / bare',
      // autocannon counts latency in whole milliseconds: a bare p99 under 1 ms is compared as 1 ms
      // (so the ratio is an upper bound of the true one, never a division by zero)
      measured: `${f(ours.p99Ms / Math.max(bare.p99Ms, 1))}× (${ours.p99Ms} ms vs ${bare.p99Ms < 1 ? 'under 1 ms, counted as 1 ms' : `${bare.p99Ms} ms`})`,
      target: '≤ 3×', pass: ours.p99Ms <= 3 * Math.max(bare.p99Ms, 1), value: ours.p99Ms / Math.max(bare.p99Ms, 1), unit: '×', detail,
    },
    {
      section: 'HTTP', figure: 'for reference: `mevzuat serve` with its response cache off (each request routed, validated by zod, queried — a memoised answer — and its serialised bytes looked up), requests/s and p99, over bare',
      measured: `${f(uncached.requestsPerSecond / bare.requestsPerSecond)}× (${f(uncached.requestsPerSecond, 0)} req/s; p99 ${uncached.p99Ms} ms)${uncached.errors || uncached.non2xx ? `; ${uncached.errors} errors, ${uncached.non2xx} non-2xx` : ''}`,
      target: '—', value: uncached.requestsPerSecond / bare.requestsPerSecond, unit: '×', detail,
    },
  ];
}
