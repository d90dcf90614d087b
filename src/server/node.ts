// `mevzuat serve` on Node: the Hono app behind node:http, with its limits.
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';

/** Options of {@link startServer}: those of `createApp`, and where to listen. */
export type ServerOptions = AppOptions & {
  /** Port; 0 picks a free one (default 8080). */
  readonly port?: number;
  /** Address to bind (default 127.0.0.1: only this machine; give 0.0.0.0 to open it). */
  readonly host?: string;
  /** Milliseconds a request may take to arrive in full, headers included (default 10 000). */
  readonly requestTimeout?: number;
};

/** A running server. */
export type RunningServer = {
  /** `http://host:port`, the port the system gave when 0 was asked. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and ends open connections. */
  readonly close: () => Promise<void>;
};

/**
 * Starts the HTTP API on Node. Bound to 127.0.0.1 unless `host` says otherwise; headers capped
 * at 8 KB; a request must arrive within `requestTimeout`; idle connections are closed.
 *
 * @param options - The queries (`mevzuat`), port, host, CORS origins, limits.
 * @returns The running server, once it listens.
 * @example
 * const s = await startServer({ mevzuat: createMevzuat({ regulations: builtinRegulations }), port: 0 });
 * await fetch(`${s.url}/regulations/konak/who-signs?recipient=valilik`);
 * await s.close();
 */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = createApp(options);
  const requestTimeout = options.requestTimeout ?? 10_000;
  const server = createAdaptorServer({
    fetch: app.fetch,
    serverOptions: { maxHeaderSize: 8192, requestTimeout, headersTimeout: Math.min(requestTimeout, 10_000), keepAliveTimeout: 5_000 },
  }) as import('node:http').Server;
  server.timeout = requestTimeout * 3;
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      const port = (server.address() as AddressInfo).port;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}`,
        port,
        close: () => new Promise<void>((done) => { server.close(() => done()); server.closeAllConnections(); }),
      });
    });
  });
}
