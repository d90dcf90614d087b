// `mevzuat`: dispatches argv to a command, prints the answer, and maps outcomes to exit codes:
// 0 an answer, 2 bad input (a Turkish line and suggestions on stderr; with --json one JSON
// object), 1 a bug. What the user typed is escaped and capped wherever it is echoed, and every
// output gets a last pass (terminalSafe) so that no control character reaches the terminal.
import { escapeInput, jsonSafe, terminalSafe } from '../internal/escape.js';
import { UsageError, nearestWords, parse, usageError, wantsJson, type OptionSpec } from './args.js';
import { commands, localToday, type Command } from './commands.js';
import { describeFailure, failureJson, nameCandidates } from './failure.js';
import { activeMevzuat, lib, useDirs } from './library.js';
import { makeStyle, wantsColor, wrap, type Style } from './text.js';

declare const __MEVZUAT_VERSION__: string | undefined;
/** The package version (set by the build). */
export const version = typeof __MEVZUAT_VERSION__ === 'string' ? __MEVZUAT_VERSION__ : '0.0.0-dev';

/** Where a run writes, and the environment it reads. */
export type Io = {
  stdout: { write: (s: string) => unknown; isTTY?: boolean };
  stderr: { write: (s: string) => unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
};

const common: Record<string, OptionSpec> = {
  json: { type: 'boolean', help: 'kütüphanenin döndürdüğü nesneyi JSON olarak yaz; hatalı girdide hatayı da stderr’e { "error": { code, message, suggestions, input } } olarak yaz' },
  help: { type: 'boolean', short: 'h', help: 'bu yardımı göster' },
  dir: { type: 'string', value: '<klasör>', multiple: true, help: 'bu mevzuat klasörünü (mevzuat new ile açılıp mevzuat check ile denetlenen bir klasör) ya da böyle klasörleri içeren bir klasörü de sorulara kat; her klasör ilk sorulduğunda derlenir ve önbelleğe yazılır; birden çok kez verilebilir' },
  draft: { type: 'boolean', help: '--dir klasörlerini taslak olarak yükle: kapsanmamış hükümler hata sayılmaz' },
  'no-cache': { type: 'boolean', help: '--dir klasörlerini her seferinde yeniden derle, önbelleği okuma ve yazma' },
};
const globalOptions: Record<string, OptionSpec> = {
  help: common.help!,
  version: { type: 'boolean', short: 'v', help: 'sürümü yaz' },
};
const replCommand = { name: 'repl', summary: 'etkileşimli kabuk: sorgular, nokta komutları, sekme tamamlama' };
const helpCommand = { name: 'help', summary: 'bir komutun yardımı: mevzuat help <komut>' };
const serveCommand = { name: 'serve', usage: 'serve [--port <n>] [--host <adres>] [--cors <köken>] [--dir <klasör>]', summary: 'aynı sorguları HTTP üzerinden JSON olarak yanıtlar; OpenAPI açıklaması /openapi.json adresinde' };
const serveOptions: Record<string, OptionSpec> = {
  port: { type: 'string', value: '<n>', help: 'dinlenecek kapı (port); öntanımlı 8080, 0 boş bir kapı seçer' },
  host: { type: 'string', value: '<adres>', help: 'bağlanılacak adres; öntanımlı 127.0.0.1 (yalnızca bu makine), ağa açmak için 0.0.0.0' },
  cors: { type: 'string', value: '<köken>', multiple: true, help: 'bu kökenden (ör. https://ornek.bel.tr, ya da her köken için *) tarayıcı isteklerine izin ver; öntanımlı kapalı; birden çok kez verilebilir' },
};
const names = [...commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]), replCommand.name, serveCommand.name, helpCommand.name];

// Option tables are looked up with Object.hasOwn only (args.ts): --constructor is not an option.
const known: Record<string, OptionSpec> = Object.assign({}, globalOptions, common, serveOptions, ...commands.map((c) => c.options));
const byName = new Map(commands.flatMap((c) => [c.name, ...(c.aliases ?? [])].map((n) => [n, c] as const)));
const allowedFor = (name: string | undefined): Record<string, OptionSpec> => {
  if (name === undefined) return globalOptions;
  const c = byName.get(name);
  if (c) return { ...common, ...c.options };
  if (name === 'repl') return { help: common.help!, dir: common.dir!, draft: common.draft!, 'no-cache': common['no-cache']! };
  if (name === 'serve') return { help: common.help!, dir: common.dir!, draft: common.draft!, 'no-cache': common['no-cache']!, ...serveOptions };
  if (name === 'help') return { help: common.help! };
  return known; // an unknown command is reported as such, not as a bad option
};
const hintFor = (name: string | undefined) => (name !== undefined && (byName.has(name) || name === 'repl' || name === 'serve') ? `Yardım: mevzuat ${name} --help` : 'Yardım: mevzuat --help');

/** The usage line of a command, after `mevzuat `. */
export function usageOf(c: Command): string {
  if (c.usage) return c.usage;
  const args = c.args.map((a) => (a.optional ? `[<${a.name}>]` : `<${a.name}>`));
  const opts = Object.entries(c.options).map(([k, o]) => `[--${k}${o.type === 'string' ? ` ${o.value ?? '<değer>'}` : ''}]`);
  return [c.name, ...args, ...opts].join(' ');
}

const optionLines = (options: Record<string, OptionSpec>) => {
  const rows = Object.entries(options).map(([k, o]) => [`${o.short ? `-${o.short}, ` : '    '}--${k}${o.type === 'string' ? ` ${o.value ?? '<değer>'}` : ''}`, o.help] as const);
  const w = Math.max(...rows.map(([l]) => l.length)) + 2;
  return rows.map(([l, h]) => `  ${l.padEnd(w)}${wrap(h, w + 2, 80, 0).trimStart()}`);
};

/** `mevzuat --help`. */
export function mainHelp(s: Style): string {
  // every form of a command on a line of its own (compare: each question), the summary after the last
  const forms = (c: Command) => usageOf(c).split(' | ').map((u, i, all) => [u, i === all.length - 1 ? c.summary : '']);
  const rows = [...commands.flatMap(forms), ['repl', replCommand.summary], ['serve', serveCommand.summary], ['help [<komut>]', helpCommand.summary]];
  const w = Math.min(34, Math.max(...rows.map(([u]) => u!.length))) + 2;
  const row = (u: string, d: string) => (!d ? `  ${u}` : u.length + 2 > w ? `  ${u}\n${wrap(d, w + 2)}` : `  ${u.padEnd(w)}${wrap(d, w + 2, 80, 0)}`);
  return [
    wrap(`mevzuat ${version}: belediye teşkilat mevzuatını sorgular; her cevap dayandığı maddeyi metniyle verir.`).replace('mevzuat', s.bold('mevzuat')),
    '',
    `Kullanım: mevzuat <komut> [argümanlar] [--json]`,
    '',
    s.bold('Komutlar'),
    ...rows.map(([u, d]) => row(u!, d!)),
    '',
    s.bold('Seçenekler'),
    ...optionLines({ ...globalOptions, json: common.json! }),
    '',
    wrap(`Çıkış kodları: 0 cevap (düzenlenmemiş de bir cevaptır), 2 hatalı girdi, 1 yazılım hatası. --json ile hatalı girdi de stderr’e JSON olarak yazılır. Renk yalnızca terminalde, NO_COLOR yokken ve TERM=dumb değilken.`),
    wrap(`Kodlanmış mevzuat: ${lib.regulationIds.join(', ')}.`),
  ].join('\n');
}

/** `mevzuat <komut> --help`. */
export function commandHelp(c: Command, s: Style): string {
  const argRows = c.args.map((a) => [`<${a.name}>`, a.help] as const);
  const w = Math.max(0, ...argRows.map(([n]) => n.length)) + 2;
  return [
    ...usageOf(c).split(' | ').map((u) => s.bold(`mevzuat ${u}`)),
    wrap(c.summary.charAt(0).toLocaleUpperCase('tr-TR') + c.summary.slice(1) + '.', 2),
    ...(argRows.length ? ['', s.bold('Argümanlar'), ...argRows.map(([n, h]) => `  ${n.padEnd(w)}${wrap(h, w + 2, 80, 0).trimStart()}`)] : []),
    '',
    s.bold('Seçenekler'),
    ...optionLines({ ...c.options, ...common }),
    ...(c.notes?.length ? ['', ...c.notes.map((n) => wrap(n, 2))] : []),
    '',
    s.bold('Örnekler'),
    ...c.examples.map((e) => `  ${e}`),
  ].join('\n');
}

function replHelp(s: Style): string {
  return [
    s.bold('mevzuat repl'),
    wrap('Etkileşimli kabuk: bütün sorgu işlevleri ve regulations kapsamda, üst düzey await, cevaplar okunur biçimde (ham nesne: mevzuat.whoSigns(…)). Nokta komutları için .help yazın. Sekme tuşu işlev adlarını, tırnak içinde mevzuat ve birim adlarını tamamlar. Girdi bir borudan gelirse (echo "…" | mevzuat repl) her satırı sırayla çalıştırıp cevabı yazar ve çıkar.', 2),
    wrap('Geçmiş terminalde ~/.mevzuat_repl_history dosyasında tutulur; MEVZUAT_REPL_HISTORY başka bir dosya verir, boş bırakılırsa geçmiş tutulmaz.', 2),
    '',
    s.bold('Seçenekler'),
    ...optionLines({ help: common.help! }),
  ].join('\n');
}

function serveHelp(s: Style): string {
  return [
    s.bold(`mevzuat ${serveCommand.usage}`),
    wrap('Aynı sorguları (yerleşik mevzuat ve --dir klasörleri) HTTP üzerinden JSON olarak yanıtlar. Her işlem bir GET isteğidir; OpenAPI 3.1 açıklaması /openapi.json adresindedir. Hatalar { "error": { code, message, suggestions, input, problems, parameter } } biçimindedir: 400 hatalı girdi, 404 bilinmeyen mevzuat, birim ya da madde, 422 geçersiz mevzuat klasörü. İletiler Türkçedir; Accept-Language: en ile İngilizce. Ctrl-C sunucuyu durdurur.', 2),
    '',
    s.bold('Seçenekler'),
    ...optionLines({ ...serveOptions, dir: common.dir!, draft: common.draft!, help: common.help! }),
    '',
    s.bold('Örnekler'),
    '  mevzuat serve --port 8080',
    '  curl "http://127.0.0.1:8080/regulations/konak/who-signs?recipient=valilik"',
  ].join('\n');
}

/** Reads `--port`: a whole number 0–65535 (0: any free port); 8080 when not given. */
function portArg(v: string | boolean | undefined): number {
  if (typeof v !== 'string') return 8080;
  if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw usageError((x) => `Geçersiz kapı numarası: "${x}"`, v, [], 'Kapı 0 ile 65535 arasında bir tam sayıdır (0: boş bir kapı).');
  return Number(v);
}

/** Starts `mevzuat serve`; resolves once it listens (the process then lives until stopped). */
async function serve(values: Record<string, string | boolean | undefined>, lists: Record<string, string[] | undefined>, io: Io): Promise<void> {
  const port = portArg(values.port);
  const host = typeof values.host === 'string' ? values.host : '127.0.0.1';
  if (!/^[0-9A-Za-z.:\-\[\]]{1,255}$/.test(host)) throw usageError((x) => `Geçersiz adres: "${x}"`, host, [], 'Ör. 127.0.0.1, 0.0.0.0 ya da localhost');
  // loaded only here: no other command pays for the HTTP framework
  const { startServer } = await import('../server/index.js');
  let server;
  try {
    server = await startServer({ mevzuat: activeMevzuat(), port, host, cors: lists.cors ?? [], version });
  } catch (e) {
    const code = e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
    if (code === 'EADDRINUSE') throw usageError((x) => `Kapı kullanımda: ${x}`, String(port), [], 'Başka bir kapı verin: --port <n> (0: boş bir kapı)');
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EACCES') throw usageError((x) => `Bu adres dinlenemiyor: "${x}"`, host, [], 'Ör. 127.0.0.1 ya da 0.0.0.0; 1024’ün altındaki kapılar yetki ister');
    throw e;
  }
  io.stdout.write(`mevzuat serve: ${server.url} dinleniyor (OpenAPI: ${server.url}/openapi.json). Durdurmak için Ctrl-C.\n`);
  const stop = () => { void server.close().then(() => process.exit(0)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** Maps positionals to a command's arguments: `rest` arguments take every remaining word. */
function bindArgs(c: Command, positionals: string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  let i = 0;
  for (const a of c.args) {
    if (a.rest) {
      const rest = positionals.slice(i);
      i = positionals.length;
      out[a.name] = rest.length ? rest.join(' ') : undefined;
    } else out[a.name] = positionals[i++];
    if (out[a.name] === undefined && !a.optional) throw new UsageError(`Eksik argüman: <${a.name}>`, [], `Kullanım: mevzuat ${usageOf(c)}`);
  }
  if (i < positionals.length) throw usageError((x) => `Fazla argüman: "${x}"`, positionals.slice(i).join(' '), [], `Kullanım: mevzuat ${usageOf(c)}`);
  return out;
}

/**
 * Runs the CLI. Resolves to the exit code; for `repl`, to `undefined` once the REPL is started
 * (the process then lives as long as the REPL).
 */
export async function run(argv: string[], io: Io): Promise<number | undefined> {
  const color = wantsColor(io.stdout, io.env);
  const style = makeStyle(color);
  const json = wantsJson(argv);
  // the last pass: echoes are escaped where they are made; this catches anything that slipped through
  const out = (text: string) => io.stdout.write(terminalSafe(text.endsWith('\n') ? text : `${text}\n`, { sgr: color }));
  let asked: string | undefined; // the regulation a command asks about: an ambiguous name's candidates are named from it
  try {
    const { command, positionals, values, lists } = parse(argv, known, allowedFor, hintFor);
    // --dir: the regulation folders join the built-in set (new and check read folders themselves)
    if (command !== 'new' && command !== 'check') {
      await useDirs(lists.dir ?? [], {
        draft: values.draft === true, cache: values['no-cache'] !== true, env: io.env,
        warn: (dir, message) => io.stderr.write(`${terminalSafe(`uyarı: ${escapeInput(dir)} klasörü adlandırılamadı, sorulara katılmadı: ${escapeInput(message, 200)}`)}\n`),
      });
    }
    if (command === undefined) {
      if (values.version) { out(version); return 0; }
      out(mainHelp(style));
      return 0;
    }
    if (command === 'help') {
      const topic = positionals[0];
      if (topic === undefined) { out(mainHelp(style)); return 0; }
      const c = byName.get(topic);
      if (c) { out(commandHelp(c, style)); return 0; }
      if (topic === 'repl') { out(replHelp(style)); return 0; }
      if (topic === 'serve') { out(serveHelp(style)); return 0; }
      throw usageError((x) => `Bilinmeyen komut: "${x}"`, topic, nearestWords(topic, names), hintFor(undefined));
    }
    if (command === 'repl') {
      if (values.help) { out(replHelp(style)); return 0; }
      if (positionals.length) throw usageError((x) => `Fazla argüman: "${x}"`, positionals.join(' '), [], hintFor('repl'));
      // loaded only here: node:repl and readline cost a one-shot command a third of its time
      const { startRepl } = await import('./repl.js');
      startRepl({ input: process.stdin, output: process.stdout, env: io.env, version });
      return undefined;
    }
    if (command === 'serve') {
      if (values.help) { out(serveHelp(style)); return 0; }
      if (positionals.length) throw usageError((x) => `Fazla argüman: "${x}"`, positionals.join(' '), [], hintFor('serve'));
      await serve(values, lists, io);
      return undefined;
    }
    const c = byName.get(command);
    if (!c) throw usageError((x) => `Bilinmeyen komut: "${x}"`, command, nearestWords(command, names), hintFor(undefined));
    if (values.help) { out(commandHelp(c, style)); return 0; }
    const args = bindArgs(c, positionals);
    asked = args.mevzuat;
    const result = await c.run({ args, values, style, today: localToday() });
    out(values.json ? jsonSafe(result.data, 2) : result.text);
    return result.code ?? 0;
  } catch (e) {
    nameCandidates(e, asked);
    const failure = describeFailure(e);
    if (failure) {
      io.stderr.write(`${json ? failureJson(failure) : terminalSafe(failure.text)}\n`);
      return 2;
    }
    io.stderr.write(`${terminalSafe(`mevzuat: beklenmeyen hata; bu bir yazılım hatasıdır, lütfen bildirin.\n${bugText(e)}`)}\n`);
    return 1;
  }
}

/** Most of a bug report printed: a stack is a few lines. */
const BUG_TEXT_MAX = 4000;

/** An unexpected error as text for the bug report: its stack (capped), or what it is (never by calling its own toString, which may throw). */
function bugText(e: unknown): string {
  try {
    if (e instanceof Error) return String(e.stack ?? e.message).slice(0, BUG_TEXT_MAX);
  } catch { /* a throwing getter */ }
  return typeof e === 'string' ? escapeInput(e) : `(${e === null ? 'null' : typeof e})`;
}
