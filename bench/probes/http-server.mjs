// A server for the HTTP bench (bench/http.ts), in a process of its own: `ours` is `mevzuat serve`'s
// app from the built package (dist/server.js), as `mevzuat serve` starts it (its response cache
// on); `ours-uncached` the same with the response cache off (every request validated, queried
// and its answer's bytes looked up); `bare` is node:http returning a fixed JSON body, the same
// answer serialised once, so the ratio is what the framework and the query cost.
// Prints the port on stdout once listening.
import { createServer } from 'node:http';

const kind = process.argv[2];
if (kind === 'ours' || kind === 'ours-uncached') {
  const { startServer } = await import('belediye-mevzuat/server');
  const { createMevzuat, builtinRegulations } = await import('belediye-mevzuat');
  const s = await startServer({ mevzuat: createMevzuat({ regulations: builtinRegulations }), port: 0, ...(kind === 'ours-uncached' && { cache: false }) });
  process.stdout.write(`${s.port}\n`);
} else {
  const { whoSigns } = await import('belediye-mevzuat');
  const body = JSON.stringify(whoSigns('konak', 'valilik'));
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
}
