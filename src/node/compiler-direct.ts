// The compiler imported directly, for the sources (tests, tsx). The package build replaces this
// module with an empty one (tsup.config.ts), so the built `belediye-mevzuat/node` requires its
// compiler only when a folder has to be compiled.
import type { FolderCompiler } from './dirs.js';
import { compiler as c } from './compiler.js';

export const compiler: FolderCompiler | undefined = c;
