// The response cache of `mevzuat serve`: the serialised body of each successful answer, keyed by
// the request that asked for it, least recently used first out. An app's answers depend only on
// the operation, its parameters and the regulations its `Mevzuat` was made over (which never
// change once made: a regulation, or the error of loading it, is loaded once), so a body given
// once can be given again byte for byte. Bounded twice: by entries and by bytes, and a body larger
// than a sixteenth of the byte bound is never kept.
import { MevzuatError } from '../errors.js';
import { escapeInput } from '../internal/escape.js';

/**
 * Bounds of the response cache of `createApp` / `startServer` (`cache` option).
 *
 * @example
 * startServer({ mevzuat, cache: { maxEntries: 1000, maxBytes: 4 * 2 ** 20 } })  // or cache: false
 */
export type BodyCacheOptions = {
  /** Most bodies kept (default 4096). */
  readonly maxEntries?: number;
  /** Most bytes kept, bodies and keys counted (default 16 MiB). */
  readonly maxBytes?: number;
};

/** Bytes an entry is counted for besides its body: its key (UTF-16) and the Map's own overhead, rounded up. */
const overhead = (key: string) => 2 * key.length + 64;

/** A least-recently-used map from request keys to response bodies, bounded by entries and bytes. */
export class BodyCache {
  readonly maxEntries: number;
  readonly maxBytes: number;
  /** Largest body kept: a sixteenth of the byte bound, so one answer never empties the cache. */
  readonly maxEntryBytes: number;
  #bytes = 0;
  // a Map iterates in insertion order: re-inserting on a hit makes its first key the least recently used
  readonly #entries = new Map<string, Uint8Array>();

  constructor(options: BodyCacheOptions = {}) {
    this.maxEntries = bound(options.maxEntries, 4096, 'maxEntries');
    this.maxBytes = bound(options.maxBytes, 16 * 2 ** 20, 'maxBytes');
    this.maxEntryBytes = Math.floor(this.maxBytes / 16);
  }

  /** Bodies kept now. */
  get size(): number { return this.#entries.size; }
  /** Bytes counted now (bodies, keys and overhead). */
  get bytes(): number { return this.#bytes; }

  /** The body kept for `key`, now the most recently used; undefined when none is. */
  get(key: string): Uint8Array | undefined {
    const body = this.#entries.get(key);
    if (body !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, body);
    }
    return body;
  }

  /** Keeps `body` for `key` unless it is too large, evicting the least recently used to fit. */
  set(key: string, body: Uint8Array): void {
    const size = body.byteLength + overhead(key);
    if (size > this.maxEntryBytes) return;
    const old = this.#entries.get(key);
    if (old !== undefined) {
      this.#entries.delete(key);
      this.#bytes -= old.byteLength + overhead(key);
    }
    this.#entries.set(key, body);
    this.#bytes += size;
    for (const [k, v] of this.#entries) {
      if (this.#entries.size <= this.maxEntries && this.#bytes <= this.maxBytes) break;
      this.#entries.delete(k);
      this.#bytes -= v.byteLength + overhead(k);
    }
  }
}

function bound(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new MevzuatError('INVALID_ARGUMENT', { en: `cache.${name} must be a positive integer`, tr: `önbelleğin ${name === 'maxEntries' ? 'kayıt' : 'bayt'} sınırı pozitif bir tam sayı olmalı` }, { input: escapeInput(String(value), 40), parameter: `cache.${name}` });
  }
  return value;
}
