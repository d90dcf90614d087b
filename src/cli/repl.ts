// `mevzuat repl`: node:repl with every query function in scope, answers pretty-printed, Turkish
// dot-commands for the common questions, completion of names inside strings, history on a TTY.
import { homedir } from 'node:os';
import { realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import repl, { type REPLServer } from 'node:repl';
import { inspect } from 'node:util';
import { lib } from './library.js';
import type { MevzuatError } from '../index.js';
import type { Regulation, RegulationRef, Topic } from '../index.js';
import { escapeInput, terminalSafe } from '../internal/escape.js';
import { SafeFolder } from '../internal/safe-fs.js';
import { UsageError, formatUsageError } from './args.js';
import { chainLinks, localToday } from './commands.js';
import { complete } from './complete.js';
import { formatSafeMevzuatError, nameCandidates, wrapReport } from './failure.js';
import {
  dutySilence, formatAbout, formatChain, formatCitation, formatDefinition, formatDeputy, formatDuties, formatInForce, formatList,
  formatReportsTo, formatRouting, formatSearch, formatWhoSigns,
} from './format.js';
import { regulationKindTr } from './labels.js';
import { hanging, makeStyle, wantsColor, wrap, type Style } from './text.js';
import { distance } from '../internal/distance.js';

type Render = (s: Style, colors: boolean) => string;

/**
 * A copy of an answer that prints through `util.inspect.custom` (status, actors, citations with
 * their text) and otherwise is the answer: same enumerable properties, same frozenness, JSON the
 * same. The library's own (frozen) object is never touched.
 */
export function present<T extends object>(value: T, render: Render): T {
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as T;
  Object.defineProperty(copy, inspect.custom, {
    // escaped here too: node:repl's preview prints inspect's output without the writer's last pass
    value: (_depth: number, options?: { colors?: boolean }) => terminalSafe(render(makeStyle(!!options?.colors), !!options?.colors), { sgr: !!options?.colors }),
    enumerable: false,
  });
  return Object.isFrozen(value) ? Object.freeze(copy) : copy;
}

const indent = (text: string, n: number) => text.split('\n').map((l) => (l ? ' '.repeat(n) + l : l)).join('\n');

function regulationSummary(r: Regulation, s: Style): string {
  return [
    `${s.bold(r.id)}  ${r.municipality.name} · ${regulationKindTr(r.kind)}`,
    wrap(r.title, 2),
    `  ${r.units.length} birim, ${r.posts.length} kadro, ${r.offices.length} makam, ${r.duties.length} görev, ${r.provisions.length} hüküm`,
    s.dim(wrap(r.summary, 2)),
  ].join('\n');
}

/** What to say of an actor the text gives no duty (its fallback clause, the havale steps naming it); nothing when it has duties. */
function silenceOf(ref: RegulationRef, subject: string | { id: string }, duties: readonly unknown[]) {
  if (duties.length) return undefined;
  const reg = lib.getRegulation(ref);
  return dutySilence(reg, lib.whoRoutesIncoming(reg.id), lib.reportsTo(reg.id, subject as never).subject, (label) => lib.cite(reg.id, label));
}

const dayOf = (date: unknown) => (typeof date === 'string' ? date : date instanceof Date && !Number.isNaN(date.getTime()) ? localToday(date) : localToday());

/** What the REPL puts in scope: the query functions, wrapped to print well, and the data. */
export function replScope(): Record<string, unknown> {
  const regs = lib.regulations.map((r) => present(r, (s) => regulationSummary(r, s)));
  /** Runs a query about regulation `ref`; an ambiguous name's candidates are then listed by name. */
  const ask = <T>(ref: unknown, f: () => T): T => {
    try { return f(); } catch (e) { nameCandidates(e, ref); throw e; }
  };
  return {
    regulations: present(regs, (s) => regs.map((r) => regulationSummary(r, s)).join('\n\n')),
    regulationIds: lib.regulationIds,
    topics: lib.topics,
    getRegulation: (ref: RegulationRef) => { const r = lib.getRegulation(ref); return present(r, (s) => regulationSummary(r, s)); },
    whoSigns: (...a: Parameters<typeof lib.whoSigns>) => { const v = lib.whoSigns(...a); return present(v, (s) => formatWhoSigns(v, s)); },
    reportsTo: (...a: Parameters<typeof lib.reportsTo>) => { const v = ask(a[0], () => lib.reportsTo(...a)); return present(v, (s) => formatReportsTo(v, s)); },
    chainOfCommand: (...a: Parameters<typeof lib.chainOfCommand>) => {
      const v = ask(a[0], () => lib.chainOfCommand(...a));
      return present(v, (s) => formatChain(v, chainLinks(a[0], v), s));
    },
    deputyOf: (...a: Parameters<typeof lib.deputyOf>) => { const v = ask(a[0], () => lib.deputyOf(...a)); return present(v, (s) => formatDeputy(v, s)); },
    dutiesOf: (...a: Parameters<typeof lib.dutiesOf>) => {
      const v = ask(a[0], () => lib.dutiesOf(...a));
      return present(v, (s) => formatDuties(lib.reportsTo(a[0], a[1]).subject, v, s, a[2]?.topic as Topic | undefined, silenceOf(a[0], a[1], v)));
    },
    findDuties: (...a: Parameters<typeof lib.findDuties>) => { const v = lib.findDuties(...a); return present(v, (s) => formatSearch(escapeInput(a[0]), v, s)); },
    whoRoutesIncoming: (...a: Parameters<typeof lib.whoRoutesIncoming>) => { const v = lib.whoRoutesIncoming(...a); return present(v, (s) => formatRouting(v, s)); },
    // a term the Tanımlar do not define prints so, with the terms they do (mevzuat.define(…) gives the library's undefined)
    define: (...a: Parameters<typeof lib.define>) => {
      const v = lib.define(...a);
      const reg = lib.getRegulation(a[0]);
      if (v) return present(v, (s) => formatDefinition(v, escapeInput(a[1]), reg, s));
      return present(Object.freeze({ regulation: reg.id, term: a[1], defined: false as const }), (s) => formatDefinition(undefined, escapeInput(String(a[1])), reg, s));
    },
    inForce: (...a: Parameters<typeof lib.inForce>) => { const v = lib.inForce(...a); return present(v, (s) => formatInForce(v, dayOf(a[1]), s)); },
    cite: (...a: Parameters<typeof lib.cite>) => { const v = lib.cite(...a); return present(v, (s) => formatCitation(v, s)); },
    about: (...a: Parameters<typeof lib.about>) => { const v = lib.about(...a); return present(v, (s) => formatAbout(v, s)); },
    compare: <T>(fn: (id: string) => T) => {
      const v = lib.compare(fn);
      return present(v, (s, colors) => Object.entries(v).map(([k, x]) => `${s.bold(k)}\n${indent(inspect(x, { colors, depth: 4 }), 2)}`).join('\n\n'));
    },
    fold: lib.fold,
    collator: lib.collator,
    isMevzuatError: lib.isMevzuatError,
    formatMevzuatError: lib.formatMevzuatError,
    MevzuatError: lib.MevzuatError,
    /** The library itself, unwrapped: `mevzuat.whoSigns(…)` gives the raw answer object. */
    mevzuat: lib,
  };
}

/** A string as a JavaScript literal in single quotes, for the examples. */
const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The query functions `.help` lists: how each is called, what it answers, an example made from the first regulation. */
export function queryFunctions(): { call: string; help: string; example: string }[] {
  const [ref, org, head] = exampleNames();
  const r = lib.regulations[0];
  const term = r?.definitions[0]?.term ?? 'Müdürlük';
  const label = r?.provisions.find((p) => p.label.includes('/'))?.label ?? 'm.1';
  const q = quote(ref);
  return [
    { call: 'whoSigns(mevzuat, alıcı)', help: 'bir alıcıya giden yazıları kim imzalar', example: `whoSigns(${q}, 'valilik')` },
    { call: 'reportsTo(mevzuat, özne)', help: 'bir birim ya da kadro kime bağlı', example: `reportsTo(${q}, ${quote(org)})` },
    { call: 'chainOfCommand(mevzuat, özne)', help: 'en üste kadar amir zinciri', example: `chainOfCommand(${q}, ${quote(head)})` },
    { call: 'deputyOf(mevzuat, özne)', help: 'bir makam ya da kadro yokken kim vekâlet eder', example: `deputyOf(${q}, ${quote(head)})` },
    { call: 'dutiesOf(mevzuat, özne, { topic })', help: 'görevleri, istenirse yalnızca bir konudakiler', example: `dutiesOf(${q}, ${quote(head)}, { topic: 'correspondence' })` },
    { call: 'findDuties(metin, { regulation, topic })', help: 'görev metinlerinde arama', example: "findDuties('harcama yetkilisi')" },
    { call: 'whoRoutesIncoming(mevzuat)', help: 'gelen evrakı kim kaydeder ve havale eder', example: `whoRoutesIncoming(${q})` },
    { call: 'define(mevzuat, terim)', help: 'bir terimin Tanımlar maddesindeki anlamı; tanımlı değilse bunu söyler ve tanımlı terimleri sayar', example: `define(${q}, ${quote(term)})` },
    { call: 'inForce(mevzuat, gün)', help: 'bir günde yürürlükte mi (gün verilmezse bugün)', example: `inForce(${q}, '2020-01-01')` },
    { call: 'cite(mevzuat, madde)', help: 'bir maddenin, fıkranın ya da bendin metni', example: `cite(${q}, ${quote(label)})` },
    { call: 'about(mevzuat)', help: 'metni kim yürütür, dayanağı, neyi yürürlükten kaldırdığı; bütçe, arşiv, disiplin, devir teslim, bilgi verme ve program görevleri kimde', example: `about(${q})` },
    { call: 'compare(işlev)', help: 'bir soruyu bütün mevzuata sorar', example: "compare((id) => whoSigns(id, 'valilik'))" },
    { call: 'getRegulation(mevzuat)', help: 'bir mevzuatın bütün verisi', example: `getRegulation(${q}).units` },
  ];
}

/** The names a typo is matched against: the query functions and every other name in scope. */
const scopeNames = () => Object.keys(replScope());

/** The names nearest to a mistyped one (case and Turkish letters forgiven), best first. */
export function nearestNames(typed: string, names: readonly string[], limit = 3): string[] {
  const key = lib.fold(typed);
  if (!key || key.length > 64) return [];
  const cap = Math.max(2, Math.floor(key.length / 3));
  return names
    .map((n) => ({ n, d: distance(key, lib.fold(n), cap) }))
    .filter(({ n, d }) => d <= cap || lib.fold(n).startsWith(key))
    .sort((x, y) => x.d - y.d || lib.collator.compare(x.n, y.n))
    .slice(0, limit)
    .map(({ n }) => n);
}

/**
 * The report for an error that names a name the session does not have (`whoSign(…)`, a
 * ReferenceError; `mevzuat.whoSign(…)`, a TypeError): the nearest names. Undefined for any other error.
 */
export function typoReport(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  let name: unknown;
  let message: unknown;
  try { name = (e as { name?: unknown }).name; message = (e as { message?: unknown }).message; } catch { return undefined; }
  if (typeof message !== 'string') return undefined;
  const missing = name === 'ReferenceError' ? /^([\p{L}\p{N}_$]+) is not defined$/u.exec(message) : null;
  const method = name === 'TypeError' ? /^mevzuat\.([\p{L}\p{N}_$]+) is not a function$/u.exec(message) : null;
  if (!missing && !method) return undefined;
  const typed = (missing ?? method)![1]!;
  const near = missing ? nearestNames(typed, scopeNames()) : nearestNames(typed, Object.keys(lib).filter((k) => typeof (lib as Record<string, unknown>)[k] === 'function')).map((n) => `mevzuat.${n}`);
  return wrapReport([
    missing ? `Bu oturumda "${escapeInput(typed)}" adında bir işlev ya da değer yok` : `Kütüphanede "${escapeInput(typed)}" adında bir işlev yok`,
    near.length ? `  Şunu mu demek istediniz: ${near.join(', ')}` : '',
    '  Sorgu işlevlerinin listesi için .help yazın.',
  ].filter(Boolean).join('\n'));
}

/** Node's own dot-commands, in Turkish. */
const builtinHelp: Record<string, string> = {
  break: 'yarım kalmış çok satırlı girdiden çık',
  clear: 'girdiden çık ve oturumdaki değişkenleri sil',
  editor: 'düzenleyici kipine geç (Ctrl-D çalıştırır, Ctrl-C vazgeçer)',
  exit: 'kabuktan çık',
  help: 'bu yardımı göster',
  save: 'bu oturumda çalıştırılan komutları bir dosyaya yaz (.save <dosya>)',
};

/** What `.help` prints: the query functions, one a line with an example, then every dot-command. */
export function replHelpText(commands: Readonly<Record<string, { help?: string } | undefined>>, s: Style): string {
  const fns = queryFunctions();
  const pad = (list: readonly string[]) => Math.min(28, Math.max(...list.map((x) => x.length))) + 4;
  const fw = pad(fns.map((f) => f.call));
  const fn = (f: { call: string; help: string; example: string }) => lines(
    f.call.length + 2 >= fw ? `  ${s.bold(f.call)}\n${wrap(f.help, fw)}` : hanging(`  ${f.call.padEnd(fw - 2)}`, f.help).replace(f.call, s.bold(f.call)),
    s.cyan(wrap(`ör. ${f.example}`, fw)),
  );
  const names = Object.keys(commands).sort(lib.collator.compare);
  const dw = pad(names.map((n) => `.${n}`));
  return [
    s.bold('Sorgu işlevleri'),
    wrap('Her biri dayandığı hükmü metniyle verir; mevzuat kimliği ya da belediyenin adı, özne birim, kadro ya da makamın adıdır. Ham cevap için mevzuat.whoSigns(…) gibi yazın.', 2),
    ...fns.map(fn),
    '',
    s.bold('Nokta komutları'),
    ...names.map((n) => hanging(`  ${`.${n}`.padEnd(dw - 2)}`, builtinHelp[n] ?? commands[n]?.help ?? '')),
    '',
    wrap('Ctrl-C çalışan bir sorguyu durdurur; Ctrl-D ya da .exit kabuktan çıkar. Sekme tuşu işlev adlarını, tırnak içinde mevzuat ve birim adlarını tamamlar.'),
  ].join('\n');
}

const lines = (...parts: (string | false | undefined)[]) => parts.filter((p): p is string => !!p).join('\n');

/** Splits dot-command arguments into words; quotes keep a multi-word name together. */
export function splitWords(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** The dot-commands: name, usage, help, and the text they print for their argument line. */
export const dotCommands: { name: string; usage: string; help: string; run: (text: string, s: Style) => string }[] = (() => {
  const [r, ex, head] = exampleNames();
  const label = lib.regulations[0]?.provisions.find((p) => p.label.includes('/'))?.label ?? 'm.1';
  const regAnd = (usage: string, text: string): [RegulationRef, string] => {
    const [reg, ...rest] = splitWords(text);
    if (!reg || !rest.length) throw new UsageError(`Kullanım: ${usage}`);
    return [reg as RegulationRef, rest.join(' ')];
  };
  return [
    { name: 'imza', usage: '.imza <mevzuat> <alıcı>', help: `kim imzalar (ör. .imza ${r} valilik)`, run: (t, s) => formatWhoSigns(lib.whoSigns(...(regAnd('.imza <mevzuat> <alıcı>', t) as [RegulationRef, 'valilik'])), s) },
    { name: 'bagli', usage: '.bagli <mevzuat> <özne>', help: `kime bağlı (ör. .bagli ${r} ${ex})`, run: (t, s) => formatReportsTo(lib.reportsTo(...regAnd('.bagli <mevzuat> <özne>', t)), s) },
    {
      name: 'gorevler', usage: '.gorevler <mevzuat> <özne>', help: `görevleri (ör. .gorevler ${r} ${head})`,
      run: (t, s) => { const [r, x] = regAnd('.gorevler <mevzuat> <özne>', t); const v = lib.dutiesOf(r, x); return formatDuties(lib.reportsTo(r, x).subject, v, s, undefined, silenceOf(r, x, v)); },
    },
    { name: 'madde', usage: '.madde <mevzuat> <madde>', help: `bir hükmün metni (ör. .madde ${r} ${label})`, run: (t, s) => formatCitation(lib.cite(...regAnd('.madde <mevzuat> <madde>', t)), s) },
    {
      name: 'ara', usage: '.ara <metin>', help: 'görev metinlerinde ara (ör. .ara harcama yetkilisi)',
      run: (t, s) => { const q = splitWords(t).join(' '); if (!q) throw new UsageError('Kullanım: .ara <metin>'); return formatSearch(escapeInput(q), lib.findDuties(q), s); },
    },
    {
      name: 'mevzuat', usage: '.mevzuat', help: 'kodlanmış mevzuatın listesi',
      run: (_t, s) => formatList(lib.regulations, lib.regulations.map((r) => lib.inForce(r.id)), localToday(), s),
    },
  ];
})();

/** A short name for the first regulation and a multi-word-safe actor of it, for examples. */
function exampleNames(): [ref: string, actor: string, head: string] {
  const r = lib.regulations[0];
  if (!r) return ['konak', 'Müdür', 'Müdür'];
  const ref = lib.fold(r.aliases.find((a) => !/\s/.test(a)) ?? r.id);
  const org = r.units.find((u) => u.id === r.organisation) ?? r.units[0]!;
  const head = r.posts.find((p) => p.unit === r.organisation && p.heads);
  return [ref, org.name, head?.name ?? org.name];
}

/** The banner's three example questions, made from the first regulation. */
export function examples(): string[] {
  const [ref, org, head] = exampleNames();
  let topical = false;
  try { topical = lib.dutiesOf(ref as RegulationRef, head, { topic: 'correspondence' }).length > 0; } catch { /* no such head */ }
  return [`whoSigns('${ref}', 'valilik')`, `dutiesOf('${ref}', '${head}'${topical ? ", { topic: 'correspondence' }" : ''})`, `.bagli ${ref} ${org}`];
}

/** Writes `source`'s lines into `sink` one by one, each once the REPL has answered the one before. */
function feedLines(source: NodeJS.ReadableStream, server: REPLServer, sink: PassThrough): void {
  const lines: string[] = [];
  let ready = true;
  let ended = false;
  const pump = () => {
    if (!ready) return;
    const line = lines.shift();
    if (line !== undefined) {
      ready = false;
      sink.write(`${line}\n`);
    } else if (ended) sink.end();
  };
  // Piped, there is no prompt to show (not even the "... " of a continued statement): only
  // resume reading (as readline's prompt() would) and feed the next line.
  server.displayPrompt = () => {
    server.resume();
    ready = true;
    setImmediate(pump);
  };
  const reader = createInterface({ input: source, crlfDelay: Infinity, terminal: false });
  reader.on('line', (l) => { lines.push(l); pump(); });
  reader.on('close', () => { ended = true; pump(); });
  server.on('exit', () => reader.close()); // .exit: stop reading, so the process can end
}

export type ReplOptions = {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  version?: string;
};

/** Longest line handed to node:repl's own completer (code completion); beyond it, Tab offers nothing, at once. */
export const CODE_COMPLETE_MAX = 1000;

type Completer = (this: REPLServer, line: string, cb: (err: Error | null, r?: [string[], string]) => void) => void;

/**
 * The REPL's completer: names inside strings and dot-commands (complete.ts, linear in the line),
 * else node:repl's own completer `base`, for lines up to {@link CODE_COMPLETE_MAX} characters.
 */
export function replCompleter(base: Completer): Completer {
  return function (line, cb) {
    // what Tab lists, previews and inserts is escaped like every other output: a folder's names
    // (ESC ] 0 ; sets the window title, ESC [ 2 J clears the screen, U+202E reorders the line)
    const safe = (err: Error | null, r?: [string[], string]) => {
      if (err || !r) { cb(err, r); return; }
      cb(null, [r[0].map((c) => (typeof c === 'string' ? terminalSafe(c) : c)), r[1]]);
    };
    let mine: [string[], string] | undefined;
    try { mine = complete(line); } catch { mine = undefined; }
    if (mine) safe(null, mine);
    else if (line.length > CODE_COMPLETE_MAX) cb(null, [[], '']);
    else base.call(this, line, safe);
  };
}

/** Largest file `.load` reads. */
export const LOAD_MAX_BYTES = 4 * 1024 * 1024;

/**
 * `.load <dosya>`: runs a file's code in the session, as node:repl's own does, but echoes the file
 * escaped (node:repl's writes it to the terminal raw, escape sequences and all) and reads it
 * through the safe reader: a regular file only (no FIFO: it never blocks), at most 4 MB, UTF-8.
 */
function defineLoad(server: REPLServer, showError: (e: unknown) => string, writer: (v: unknown) => string): void {
  server.defineCommand('load', {
    help: 'bir dosyadaki kodu oturumda çalıştır (.load <dosya>)',
    action(this: REPLServer, file: string) {
      this.clearBufferedCommand();
      const name = file.trim();
      let code: string | undefined;
      try {
        const real = realpathSync(name);
        const r = SafeFolder.open(dirname(real), { maxFileBytes: LOAD_MAX_BYTES }).text(basename(real));
        if (r.ok) code = r.value;
        else this.output.write(`Yüklenemedi: ${terminalSafe(r.failure.message)}\n`);
      } catch {
        this.output.write(`Yüklenemedi: ${escapeInput(name, 400)} bulunamadı.\n`);
      }
      if (code === undefined) { this.displayPrompt(); return; }
      this.output.write(`${terminalSafe(code)}\n`);
      this.eval(code, this.context, basename(name), (err, result) => {
        if (err) this.output.write(lib.isMevzuatError(err) ? showError(err) : `Uncaught ${writer(err)}\n`);
        else this.output.write(`${writer(result)}\n`);
        this.displayPrompt();
      });
    },
  });
}

/** Makes an error's stack (which a syntax error fills with the offending line) safe to print, before the REPL shows it. */
function defuseStack(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  try {
    const stack = (value as { stack?: unknown }).stack;
    if (typeof stack === 'string') (value as { stack: string }).stack = terminalSafe(stack);
  } catch { /* a frozen error or a throwing getter: the writer's last pass still applies */ }
}

/** Starts the REPL. On a TTY: banner, prompt, colour (unless NO_COLOR or TERM=dumb), history file; piped: none of those. */
export function startRepl(o: ReplOptions): REPLServer {
  const interactive = o.input.isTTY === true && o.output.isTTY === true;
  const useColors = wantsColor(o.output, o.env);
  if (interactive) {
    const s = makeStyle(useColors);
    o.output.write([
      wrap(`belediye-mevzuat${o.version ? ` ${o.version}` : ''} · ${lib.regulations.length} mevzuat: ${lib.regulations.map((r) => r.id).join(', ')}`, 2, 80, 0)
        .replace('belediye-mevzuat', s.bold('belediye-mevzuat')),
      'Her cevap dayandığı maddeyi metniyle verir. Şunları yazmayı deneyin:',
      ...examples().map((e) => `  ${s.cyan(e)}`),
      'Nokta komutları için .help, çıkmak için .exit. Cevaplar okunur biçimde',
      'yazılır; ham nesne için mevzuat.whoSigns(…) ya da JSON.stringify(…).',
      '',
    ].join('\n'));
  }
  // Piped input is fed one line at a time, the next once the REPL shows its prompt again:
  // node:repl holds back input during an `await` only on a TTY, so piped lines would otherwise
  // run before the answer they follow.
  const input = interactive ? o.input : new PassThrough();
  const server = repl.start({
    prompt: interactive ? 'mevzuat> ' : '',
    input,
    output: o.output,
    terminal: interactive,
    useColors,
    ignoreUndefined: false,
    // Ctrl-C stops a running evaluation (while (true) {}) and an await that never settles
    breakEvalOnSigint: true,
  });

  const scope = replScope();
  const init = (context: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(scope)) Object.defineProperty(context, k, { value: v, enumerable: true, configurable: false, writable: false });
  };
  init(server.context);
  server.on('reset', init);

  // A thrown MevzuatError prints as formatMevzuatError words it, without "Uncaught" or a stack:
  // node:repl reports evaluation errors through its domain, so its handler is wrapped. Should a
  // Node version report them otherwise, the writer still formats them (after Node's own prefix).
  // what the user typed comes back escaped and capped (the error's input is the raw argument)
  const showError = (e: unknown) => `${makeStyle(useColors).red(terminalSafe(formatSafeMevzuatError(e as MevzuatError)))}\n`;
  const domain = (server as unknown as { _domain?: NodeJS.EventEmitter })._domain;
  const handlers = domain?.listeners('error') ?? [];
  if (domain && handlers.length === 1) {
    const original = handlers[0] as (this: unknown, e: unknown) => void;
    domain.removeListener('error', original);
    domain.on('error', function (this: unknown, e: unknown) {
      const typo = lib.isMevzuatError(e) ? undefined : typoReport(e);
      if (lib.isMevzuatError(e) || typo !== undefined) {
        server.output.write(typo !== undefined ? `${makeStyle(useColors).red(terminalSafe(typo))}\n` : showError(e));
        server.clearBufferedCommand();
        server.displayPrompt();
      } else original.call(this, e);
    });
  }
  type Writer = ((value: unknown) => string) & { options?: unknown };
  const baseWriter = server.writer as Writer;
  // Every value the REPL prints goes through here (errors too, with the line a syntax error
  // quotes): the last pass keeps the colours of inspect and defuses any other escape sequence.
  const writer: Writer = (value) => {
    if (lib.isMevzuatError(value)) return showError(value).trimEnd();
    defuseStack(value);
    return terminalSafe(baseWriter(value), { sgr: useColors });
  };
  writer.options = baseWriter.options;
  (server as unknown as { writer: Writer }).writer = writer;

  defineLoad(server, showError, writer);

  const withCompleter = server as unknown as { completer: Completer };
  withCompleter.completer = replCompleter(withCompleter.completer);

  for (const d of dotCommands) {
    server.defineCommand(d.name, {
      help: `${d.usage.replace(/^\.\S+ ?/, '')}${d.usage.includes(' ') ? ' · ' : ''}${d.help}`,
      action(this: REPLServer, text: string) {
        this.clearBufferedCommand();
        const s = makeStyle(useColors);
        try {
          this.output.write(`${terminalSafe(d.run(text, s), { sgr: useColors })}\n`);
        } catch (e) {
          nameCandidates(e, splitWords(text)[0]);
          if (e instanceof UsageError) this.output.write(`${s.red(terminalSafe(wrapReport(formatUsageError(e))))}\n`);
          else if (lib.isMevzuatError(e)) this.output.write(showError(e));
          else this.output.write(`${s.red(terminalSafe(`Beklenmeyen hata (bu bir yazılım hatasıdır): ${e instanceof Error ? e.stack ?? e.message : typeof e}`))}\n`);
        }
        this.displayPrompt();
      },
    });
  }

  // .help: the query functions with an example each, then the dot-commands, in Turkish
  server.defineCommand('help', {
    help: builtinHelp.help!,
    action(this: REPLServer) {
      this.clearBufferedCommand();
      this.output.write(`${terminalSafe(replHelpText(this.commands, makeStyle(useColors)), { sgr: useColors })}\n`);
      this.displayPrompt();
    },
  });

  if (!interactive) feedLines(o.input, server, input as PassThrough);

  if (interactive) {
    const file = o.env.MEVZUAT_REPL_HISTORY ?? join(homedir(), '.mevzuat_repl_history');
    if (file) server.setupHistory(file, (err) => { if (err) o.output.write(`Geçmiş dosyası açılamadı (${escapeInput(file, 400)}): ${terminalSafe(err.message)}\n`); });
  }
  return server;
}
