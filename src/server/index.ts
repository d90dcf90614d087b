/**
 * `belediye-mevzuat/server`: the HTTP JSON API `mevzuat serve` runs, for embedding. `createApp`
 * is a Hono app (Web-standard `fetch`), `startServer` runs it on Node. Loaded only by those who
 * import it: the main entry and the CLI's one-shot commands never do.
 *
 * @packageDocumentation
 */
export { createApp, httpStatusOf, localeOf, openApiDocument } from './app.js';
export type { AppOptions } from './app.js';
export type { BodyCacheOptions } from './cache.js';
export { startServer } from './node.js';
export type { ServerOptions, RunningServer } from './node.js';
