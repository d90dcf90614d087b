// Node's own modules on the path of every command, taken without their ESM facade. A static
// `import … from 'node:fs'` makes Node build a module namespace of all of fs's exports, which runs
// its lazy getters (the streams, the promises API): about two milliseconds of every `mevzuat`
// question, and one more for node:util. `process.getBuiltinModule` (Node 20.16 and later) hands out
// the module itself; an older Node requires it (the command is CommonJS: a require is what it has).
import { createRequire } from 'node:module';
import type * as Fs from 'node:fs';
import type * as Util from 'node:util';

const own = (id: string): unknown => (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.(id) ?? createRequire(import.meta.url)(id);

/** `node:fs`. */
export const fs = own('node:fs') as typeof Fs;
/** `node:util`. */
export const util = own('node:util') as typeof Util;
