// What an editor offers (the TypeScript language service, as VS Code runs it): each regulation id
// and alias once, as written; a regulation's own subject names once it is named; recipients.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { getRegulation, isBuiltinRegulationId, isRegulationId, regulationIdOf, regulations } from '../src/index.js';

const root = resolve(import.meta.dirname, '..');
const file = resolve(root, 'test', '__completion__.ts');

// one language service for every question: the program over src is built once, then only the
// question file changes
let text = '';
let version = 0;
const { config } = ts.readConfigFile(resolve(root, 'tsconfig.json'), ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
const service = ts.createLanguageService({
  getScriptFileNames: () => [file],
  getScriptVersion: (f) => (f === file ? String(version) : '1'),
  getScriptSnapshot: (f) => (f === file ? ts.ScriptSnapshot.fromString(text) : ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(readFileSync(f, 'utf8')) : undefined),
  getCurrentDirectory: () => root,
  getCompilationSettings: () => options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: (f) => f === file || ts.sys.fileExists(f),
  readFile: (f) => (f === file ? text : ts.sys.readFile(f)),
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
}, ts.createDocumentRegistry());
const setText = (code: string) => { text = code; version++; };

/** Completions (string literals) at the `|` in `code`, a module importing the package's source. */
function completionsAt(code: string): string[] {
  const at = code.indexOf('|');
  setText(code.replace('|', ''));
  const list = service.getCompletionsAtPosition(file, at, {}) ?? { entries: [] };
  return list.entries.filter((e) => e.kind === ts.ScriptElementKind.string).map((e) => e.name);
}

const head = "import { whoSigns, reportsTo, deputyOf, dutiesOf, chainOfCommand } from './../src/index.js';\n";

describe('editor completion', () => {
  it('offers each regulation id and alias once, in its written form', () => {
    const offered = completionsAt(`${head}whoSigns('|', 'valilik');`);
    const written = regulations.flatMap((r) => [r.id, ...r.aliases]);
    expect([...offered].sort()).toEqual([...new Set(written)].sort());
    expect(offered).toContain('Karşıyaka');
    expect(offered).not.toContain('karşıyaka');
    expect(offered).not.toContain('KARŞIYAKA');
  }, 60_000);

  it("offers that regulation's unit, post and office names as the subject, by id or by alias", () => {
    const konak = getRegulation('konak');
    const names = [...konak.units, ...konak.posts, ...konak.offices].flatMap((a) => [a.name, ...(a.aliases ?? [])]);
    for (const call of ["reportsTo('konak-ozel-kalem', '|')", "deputyOf('Konak', '|')", "dutiesOf('konak-ozel-kalem', '|')", "chainOfCommand('konak-ozel-kalem', '|')"]) {
      const offered = completionsAt(`${head}${call};`);
      expect([...offered].sort(), call).toEqual([...new Set(names)].sort());
    }
    // another regulation's own names, not Konak's
    const izmir = completionsAt(`${head}reportsTo('izmir-kentsel-adalet', '|');`);
    expect(izmir).toContain('Şube Müdürü');
    expect(izmir).not.toContain('Özel Kalem Müdürü');
  }, 60_000);

  it('offers the recipient classes and their words', () => {
    const offered = completionsAt(`${head}whoSigns('konak-ozel-kalem', '|');`);
    expect(offered).toEqual(expect.arrayContaining(['inter-directorate', 'public-institution', 'private-party', 'valilik', 'vatandaş']));
  }, 60_000);

  it('still accepts any string: a subject or regulation from a user compiles', () => {
    const code = `${head}declare const fromUser: string;\nreportsTo(fromUser, fromUser); reportsTo('konak-ozel-kalem', fromUser); reportsTo('konak', 'mudur'); reportsTo('konak-ozel-kalem', { id: 'mudur' });\n`;
    setText(code);
    const diagnostics = service.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  }, 60_000);
});

describe('regulation ids', () => {
  it('isBuiltinRegulationId checks an exact id (and narrows); regulationIdOf accepts what the queries accept', () => {
    expect(isBuiltinRegulationId('konak-ozel-kalem')).toBe(true);
    expect(isBuiltinRegulationId('konak')).toBe(false);
    expect(isRegulationId).toBe(isBuiltinRegulationId); // the deprecated name, the same check
    expect(regulationIdOf('KONAK')).toBe('konak-ozel-kalem');
    expect(regulationIdOf('karsiyaka')).toBe('karsiyaka-halkla-iliskiler');
    expect(regulationIdOf('İzmir Büyükşehir Belediyesi')).toBe('izmir-kentsel-adalet');
    expect(regulationIdOf('konya')).toBeUndefined();
    expect(regulationIdOf(42)).toBeUndefined();
  });
});
