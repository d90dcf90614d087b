/**
 * A tiny static server for the built docs site (docs/.vitepress/dist) on 127.0.0.1 and a random
 * free port, as any static host would serve it: `/x/` → `/x/index.html`, unknown paths → 404.html
 * with status 404.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticServer = { url: string; close: () => Promise<void> };

async function isFile(p: string) {
  try { return (await stat(p)).isFile(); } catch { return false; }
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) { res.writeHead(403).end(); return; }
      if (path.endsWith('/')) file = join(file, 'index.html');
      else if (!(await isFile(file)) && (await isFile(`${file}.html`))) file = `${file}.html`;
      if (await isFile(file)) {
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
        res.end(await readFile(file));
      } else {
        const notFound = join(root, '404.html');
        res.writeHead(404, { 'content-type': types['.html']! });
        res.end((await isFile(notFound)) ? await readFile(notFound) : 'not found');
      }
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
