// Every export of the public API carries JSDoc (the API reference on the docs site is generated
// from it by typedoc), and every export, types included, carries an @example.
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
const checker = program.getTypeChecker();
const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;

type Export = { name: string; kind: 'function' | 'class' | 'constant' | 'namespace' | 'type'; summary: string; example: boolean };

const exported: Export[] = checker.getExportsOfModule(moduleSymbol).map((exp) => {
  const target = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
  const f = target.flags;
  const kind: Export['kind'] = f & ts.SymbolFlags.Function ? 'function' : f & ts.SymbolFlags.Class ? 'class'
    : f & ts.SymbolFlags.Variable ? (f & ts.SymbolFlags.TypeAlias && exp.declarations?.some((d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly)) ? 'type' : 'constant')
      : f & ts.SymbolFlags.ValueModule ? 'namespace' : 'type';
  // `export * as x` keeps its JSDoc on the export declaration itself
  const own = (exp.declarations ?? []).flatMap((d) => ts.getJSDocCommentsAndTags(ts.isNamespaceExport(d) ? d.parent : d));
  const summary = [ts.displayPartsToString(target.getDocumentationComment(checker)), ...own.filter(ts.isJSDoc).map((j) => ts.getTextOfJSDocComment(j.comment) ?? '')].join(' ').trim();
  const example = target.getJsDocTags(checker).some((t) => t.name === 'example') || own.some((j) => ts.isJSDoc(j) && (j.tags ?? []).some((t) => t.tagName.text === 'example'));
  return { name: exp.name, kind, summary, example };
});

describe('the public API is documented for the API reference', () => {
  it('exports what the reference lists (sanity: the entry resolves)', () => {
    expect(exported.map((e) => e.name)).toEqual(expect.arrayContaining(['whoSigns', 'reportsTo', 'MevzuatError', 'regulations', 'createMevzuat', 'WhoSignsAnswer']));
    expect(exported.filter((e) => e.kind === 'function').length).toBeGreaterThanOrEqual(15);
  });

  it.each(exported.map((e) => [e.name, e] as const))('%s has a JSDoc summary', (_name, e) => {
    expect(e.summary.length).toBeGreaterThan(20);
  });

  it.each(exported.map((e) => [e.name, e] as const))('%s has an @example', (_name, e) => {
    expect(e.example).toBe(true);
  });
});
