/**
 * The HTTP section of the bench: autocannon loads `mevzuat serve`'s app (the built package) and a
 * bare node:http server returning a fixed JSON (the same answer, serialised once), each for
 * BENCH_HTTP_SECONDS (default 10) with 10 connections, one after the other, each server in a
 * process of its own. Reported as ratios of the same run: requests per second and p99 latency,
 * ours / bare. Run alone with `npm run bench -- --only http`.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no types
import autocannon from 'autocannon';

export type HttpRow = { section: string; figure: string; measured: string; target: string; pass?: boolean; value?: number; unit?: string; detail?: Record<string, unknown> };

const probe = fileURLToPath(new URL('./probes/http-server.mjs', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const path = '/regulations/konak/who-signs?recipient=valilik';

type Load = { requestsPerSecond: number; p99Ms: number; errors: number; non2xx: number };

async function load(kind: 'ours' | 'bare', seconds: number): Promise<Load> {
  const child = spawn(process.execPath, [probe, kind], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((done, fail) => {
      let out = '';
      child.stdout!.on('data', (d) => { out += d; const m = out.match(/^(\d+)\n/); if (m) done(Number(m[1])); });
      child.on('exit', (code) => fail(new Error(`${kind} server exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}${path}`;
    // a short warm-up, not counted: the first query indexes the regulation, the JIT warms up
    await autocannon({ url, duration: 1, connections: 4 });
    const r = await autocannon({ url, duration: seconds, connections: 10, pipelining: 1 });
    return { requestsPerSecond: r.requests.average, p99Ms: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
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
  const f = (x: number, d = 2) => x.toFixed(d);
  const clean = ours.errors === 0 && ours.non2xx === 0;
  return [
    {
      section: 'HTTP', figure: `\`mevzuat serve\`: requests/s for \`GET ${path}\`, ours / bare node:http with a fixed JSON (10 connections, ${seconds} s each)`,
      measured: `${f(ours.requestsPerSecond / bare.requestsPerSecond)}× (${f(ours.requestsPerSecond, 0)} vs ${f(bare.requestsPerSecond, 0)} req/s)${clean ? '' : `; ${ours.errors} errors, ${ours.non2xx} non-2xx`}`,
      target: '≥ 0.5×', pass: clean && ours.requestsPerSecond / bare.requestsPerSecond >= 0.5, value: ours.requestsPerSecond / bare.requestsPerSecond, unit: '×', detail: { ours, bare },
    },
    {
      section: 'HTTP', figure: '`mevzuat serve`: p99 latency, ours / bare',
      // autocannon counts latency in whole milliseconds: a bare p99 under 1 ms is compared as 1 ms
      // (so the ratio is an upper bound of the true one, never a division by zero)
      measured: `${f(ours.p99Ms / Math.max(bare.p99Ms, 1))}× (${ours.p99Ms} ms vs ${bare.p99Ms < 1 ? 'under 1 ms, counted as 1 ms' : `${bare.p99Ms} ms`})`,
      target: '≤ 3×', pass: ours.p99Ms <= 3 * Math.max(bare.p99Ms, 1), value: ours.p99Ms / Math.max(bare.p99Ms, 1), unit: '×', detail: { ours, bare },
    },
  ];
}
