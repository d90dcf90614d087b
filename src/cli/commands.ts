// The one-shot commands: what each takes, what it asks the library, how it prints the answer.
import {
  fold, isMevzuatError, topics,
  type ActorRef, type Recipient, type RegulationRef, type ReportingLineAnswer, type ReportsToAnswer, type Topic,
} from '../index.js';
import { lib } from './library.js';

// every question goes to the active library (the built-in set, or with --dir, that set and the folders)
const { about, chainOfCommand, cite, compare, define, deputyOf, dutiesOf, findDuties, getRegulation, inForce, reportsTo, whoRoutesIncoming, whoSigns } = lib;
import { escapeInput } from '../internal/escape.js';
import { UsageError, nearestWords, usageError, type OptionSpec, type Values } from './args.js';
import {
  formatAbout, formatChain, formatCitation, formatCompareChain, formatCompareInForce, formatCompareReportsTo, formatCompareRouting, formatCompareWhoSigns,
  dutySilence, formatDefinition, formatDeputy, formatDuties, formatInForce, formatList, formatOverview,
  formatReportsTo, formatRouting, formatSearch, formatWhoSigns, type CompareMiss, type OverviewEntry,
} from './format.js';
import { recipientTr, topicTr } from './labels.js';
import { recipientNames } from '../internal/recipient-names.js';
import { nameCandidates, suggestionsShown } from './failure.js';
import { checkCommand, newCommand, reviewCommand } from './author.js';
import type { Style } from './text.js';

/** What a command is given. */
export type Input = {
  /** The positionals after the command name, `rest` ones already joined with spaces. */
  args: Record<string, string | undefined>;
  /** Option values by long name (no prototype: only given options are there). */
  values: Values;
  style: Style;
  /** Today, local time, as YYYY-MM-DD. */
  today: string;
};

/** What a command gives back: `data` is what `--json` prints (the library's answer), `text` the human output, `code` the exit code (0 unless set). */
export type Output = { data: unknown; text: string; code?: number };
// Echoing input: a command's text quotes what the user typed only through escapeInput (the
// search header, an undefined term, a compare subject); the data it prints is trusted.

/** A positional argument. `rest` takes every remaining word (multi-word subjects, search text). */
export type Arg = { name: string; help: string; optional?: boolean; rest?: boolean };

export type Command = {
  name: string;
  /** Other names the command answers to (`about` for `hakkinda`). */
  aliases?: string[];
  /** The usage line after `mevzuat `, when the generated one would mislead. */
  usage?: string;
  summary: string;
  args: Arg[];
  options: Record<string, OptionSpec>;
  /** Extra help lines. */
  notes?: string[];
  examples: string[];
  run: (input: Input) => Output | Promise<Output>;
};

const reg: Arg = { name: 'mevzuat', help: 'mevzuatın kimliği ya da belediyenin adı (konak-ozel-kalem, Konak…)' };
const subject: Arg = { name: 'özne', rest: true, help: 'birim, kadro ya da makamın adı veya kimliği (Müdür, "Web birimi"…)' };
const topicOption: OptionSpec = { type: 'string', value: '<konu>', help: 'yalnızca bu konudaki görevler (ör. correspondence ya da yazışma)' };

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

/** Longer than any topic id or Turkish topic name: not folded here, left to the library to reject. */
const TOPIC_MAX = 64;

/** Reads `--topic`: a topic id (`correspondence`) or its Turkish name (`yazışma`); anything else goes to the library, which rejects it with suggestions. */
export function topicArg(v: string | boolean | undefined): Topic | undefined {
  const t = str(v);
  if (t === undefined) return undefined;
  if (t.length > TOPIC_MAX) return t as Topic;
  const byName = topics.find((x) => fold(topicTr(x)) === fold(t) || x === fold(t).replace(/ /g, '-'));
  return byName ?? (t as Topic);
}

// Help examples ask Konak's regulation (built in): "Web birimi", "m.14/b" and "Şef" are its words.
// They are plain strings, so printing help (or running any command) loads no regulation.
const exampleReg = 'konak';

/** Local today as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The headline answers for one regulation: letters to public bodies, whom the organisation and its head report to, deputy for its head, in force today. */
export function overviewEntry(id: string): OverviewEntry {
  const r = getRegulation(id as RegulationRef);
  const head = r.posts.find((p) => p.unit === r.organisation && p.heads);
  const up = reportsTo(r.id, r.organisation);
  const dep = head ? deputyOf(r.id, head.id) : null;
  return {
    regulation: r.id,
    title: r.title,
    titleSource: r.titleSource,
    organisation: up.subject,
    head: dep ? dep.subject : null,
    whoSigns: whoSigns(r.id, 'public-institution'),
    reportsTo: up,
    headReportsTo: head ? reportsTo(r.id, head.id) : null,
    deputyOf: dep,
    inForce: inForce(r.id),
  };
}

/** A name as one shell word: bare, or in double quotes; undefined where a shell would read something in it. */
const shellWord = (name: string) => (/^[\p{L}\p{N}._-]+$/u.test(name) ? name : /^[\p{L}\p{N}._\- ()/,]+$/u.test(name) ? `"${name}"` : undefined);

/** The commands `mevzuat overview` ends with, made from the first regulation's data. */
export function nextCommands(): string[] {
  const r = lib.regulations[0];
  if (!r) return ['mevzuat --help'];
  const ref = fold(r.aliases.find((a) => shellWord(fold(a)) === fold(a)) ?? r.id);
  const head = r.posts.find((p) => p.unit === r.organisation && p.heads);
  const subject = head && (shellWord(head.name) ?? head.id);
  return [
    `mevzuat who-signs ${ref} --to valilik`,
    ...(subject ? [`mevzuat chain ${ref} ${subject}`, `mevzuat compare reports-to ${subject}`] : []),
    'mevzuat compare in-force',
    'mevzuat repl',
    'mevzuat --help',
  ];
}

/** For each step of a chain, the line that links it to the next one up: the chain's own `line` (as `reportsTo` gives it). */
export function chainLinks(_regulation: RegulationRef, chain: readonly { line?: ReportingLineAnswer }[]): (ReportingLineAnswer | undefined)[] {
  return chain.slice(1).map((step) => step.line);
}

/** `YYYY-MM-DD` naming a day of the calendar (not 2020-02-30, not 2020-13-01). */
export function isCalendarDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(0);
  day.setUTCFullYear(y, mo - 1, d); // setUTCFullYear, not Date.UTC: years 0–99 stay themselves
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

/** The candidates of each ambiguous miss, by name, by regulation (the rows keep the library's ids, for --json). */
const missNames = new WeakMap<object, Map<string, string[]>>();

/** Compare rows with each miss's `input` (the raw subject) escaped and its candidates named, for the human table. */
function escapeMisses<T>(rows: Record<string, T | CompareMiss>): Record<string, T | CompareMiss> {
  const named = missNames.get(rows);
  return Object.fromEntries(Object.entries(rows).map(([id, row]) => {
    const miss = row as CompareMiss;
    return [id, miss && typeof miss === 'object' && 'error' in miss
      ? { error: { ...miss.error, input: escapeInput(String(miss.error.input)), suggestions: named?.get(id) ?? miss.error.suggestions } }
      : row];
  }));
}

/** Runs `fn` for every regulation; one where the subject is unknown or ambiguous becomes a row saying so. All missing: bad input. */
function compareSubject<T>(subjectText: string, fn: (id: RegulationRef) => T): Readonly<Record<string, T | CompareMiss>> {
  const misses: unknown[] = [];
  const named = new Map<string, string[]>();
  const rows = compare((id) => {
    try {
      return fn(id);
    } catch (e) {
      if (isMevzuatError(e) && (e.code === 'UNKNOWN_ENTITY' || e.code === 'AMBIGUOUS')) {
        misses.push(e);
        nameCandidates(e, id);
        named.set(id, suggestionsShown(e));
        return { error: { code: e.code, message: e.message, input: e.input, suggestions: [...e.suggestions] } } satisfies CompareMiss;
      }
      throw e;
    }
  });
  if (misses.length === lib.regulations.length && misses.length > 0) {
    const all = [...new Set(Object.values(rows).flatMap((r) => (r as CompareMiss).error.suggestions))];
    throw usageError((x) => `Hiçbir mevzuatta "${x}" adlı birim, kadro ya da makam yok`, subjectText, all.slice(0, 5));
  }
  missNames.set(rows, named);
  return rows;
}

export const commands: Command[] = [
  {
    name: 'overview',
    summary: 'her mevzuat için temel cevaplar (npm start)',
    args: [],
    options: {},
    notes: ['Kamu kurumlarına yazıyı kim imzalar, birim kime bağlı, birimin başı yokken kim vekâlet eder, bugün yürürlükte mi: her biri dayanak maddesiyle.'],
    examples: ['mevzuat overview'],
    run: ({ style, today }) => {
      const data = lib.regulations.map((r) => overviewEntry(r.id));
      const recipients = recipientNames(lib.regulations, (id, w) => whoSigns(id as RegulationRef, w).recipient, recipientTr).get('public-institution') ?? [];
      return { data, text: formatOverview(data, today, style, { recipients, next: nextCommands() }) };
    },
  },
  {
    name: 'list',
    summary: 'kodlanmış mevzuatın listesi',
    args: [],
    options: {},
    notes: ['--json bütün mevzuatı (regulations dizisini) olduğu gibi yazar.'],
    examples: ['mevzuat list', "mevzuat list --json | jq -r '.[].id'"],
    run: ({ style, today }) => ({ data: lib.regulations, text: formatList(lib.regulations, lib.regulations.map((r) => inForce(r.id)), today, style) }),
  },
  {
    name: 'who-signs',
    usage: 'who-signs <mevzuat> --to <alıcı>',
    summary: 'bir alıcıya giden yazıları kim imzalar',
    args: [reg, { name: 'alıcı', optional: true, rest: true, help: '--to yerine de yazılabilir' }],
    options: { to: { type: 'string', value: '<alıcı>', help: 'valilik, kaymakamlık, bakanlık, büyükşehir, müdürlük, özel kişi; ya da public-institution, inter-directorate, private-party' } },
    examples: [`mevzuat who-signs ${exampleReg} --to valilik`, `mevzuat who-signs ${exampleReg} --to inter-directorate --json`],
    run: ({ args, values, style }) => {
      const to = str(values.to);
      if (to !== undefined && args['alıcı'] !== undefined) throw new UsageError('Alıcı iki kez verildi: ya --to ile ya da argüman olarak yazın');
      const recipient = to ?? args['alıcı'];
      if (recipient === undefined) throw new UsageError('Eksik seçenek: --to <alıcı>', [], 'Örnek: mevzuat who-signs konak --to valilik');
      const a = whoSigns(args.mevzuat as RegulationRef, recipient as Recipient);
      return { data: a, text: formatWhoSigns(a, style) };
    },
  },
  {
    name: 'reports-to',
    summary: 'bir birim ya da kadro kime bağlı',
    args: [reg, subject],
    options: {},
    examples: [`mevzuat reports-to ${exampleReg} Müdür`, `mevzuat reports-to ${exampleReg} "Web birimi"`],
    run: ({ args, style }) => {
      const a = reportsTo(args.mevzuat as RegulationRef, args['özne']!);
      return { data: a, text: formatReportsTo(a, style) };
    },
  },
  {
    name: 'chain',
    summary: 'bir birim ya da kadrodan en üste amir zinciri (hiyerarşi)',
    args: [reg, subject],
    options: {},
    notes: ['--json kütüphanenin döndürdüğü adımları yazar: her adımda üst makam ve ona bağlayan hat (ilişki, dayanak, koşul, hükümler); insan çıktısı da her adımın dayanağını gösterir.'],
    examples: [`mevzuat chain ${exampleReg} Şef`],
    run: ({ args, style }) => {
      const r = args.mevzuat as RegulationRef;
      const chain = chainOfCommand(r, args['özne']!);
      return { data: chain, text: formatChain(chain, chainLinks(r, chain), style) };
    },
  },
  {
    name: 'deputy',
    summary: 'bir makam ya da kadro yokken kim vekâlet eder',
    args: [reg, subject],
    options: {},
    examples: [`mevzuat deputy ${exampleReg} Müdür`],
    run: ({ args, style }) => {
      const a = deputyOf(args.mevzuat as RegulationRef, args['özne']!);
      return { data: a, text: formatDeputy(a, style) };
    },
  },
  {
    name: 'duties',
    summary: 'bir birim ya da kadronun görevleri',
    args: [reg, subject],
    options: { topic: topicOption },
    notes: [`Konular: ${topics.map((t) => `${t} (${topicTr(t)})`).join(', ')}.`],
    examples: [`mevzuat duties ${exampleReg} Şef`, `mevzuat duties ${exampleReg} Şef --topic procurement`],
    run: ({ args, values, style }) => {
      const r = args.mevzuat as RegulationRef;
      const topic = topicArg(values.topic);
      const list = dutiesOf(r, args['özne']!, topic ? { topic } : undefined);
      const subject = reportsTo(r, args['özne']!).subject;
      const silence = list.length ? undefined : dutySilence(getRegulation(r), whoRoutesIncoming(r), subject, (label) => cite(r, label));
      return { data: list, text: formatDuties(subject, list, style, topic, silence) };
    },
  },
  {
    name: 'search',
    summary: 'görev metinlerinde arama (Türkçe harf ve ekler bağışlanır)',
    args: [{ name: 'metin', rest: true, help: 'aranacak sözcükler' }],
    options: { reg: { type: 'string', value: '<mevzuat>', help: 'yalnızca bu mevzuatta ara' }, topic: topicOption },
    examples: ['mevzuat search harcama yetkilisi', `mevzuat search evrak --reg ${exampleReg} --topic documents`],
    run: ({ args, values, style }) => {
      const topic = topicArg(values.topic);
      const regulation = str(values.reg) as RegulationRef | undefined;
      const opts = { ...(regulation !== undefined && { regulation }), ...(topic && { topic }) };
      const list = findDuties(args.metin!, Object.keys(opts).length ? opts : undefined);
      return { data: list, text: formatSearch(escapeInput(args.metin!), list, style) };
    },
  },
  {
    name: 'routing',
    summary: 'gelen evrakı kim kaydeder ve havale eder',
    args: [reg],
    options: {},
    examples: [`mevzuat routing ${exampleReg}`],
    run: ({ args, style }) => {
      const a = whoRoutesIncoming(args.mevzuat as RegulationRef);
      return { data: a, text: formatRouting(a, style) };
    },
  },
  {
    name: 'hakkinda',
    aliases: ['about'],
    usage: 'hakkinda <mevzuat> | about <mevzuat>',
    summary: 'metni kim yürütür, dayanağı, neyi yürürlükten kaldırdığı; bütçe, arşiv, disiplin, devir teslim, bilgi verme ve program görevleri kimde',
    args: [reg],
    options: {},
    notes: ['Her soru için metnin cevabı ve dayandığı hükümler metinleriyle; metin bir soruyu düzenlemiyorsa bu söylenir ve hüküm bulunmayan haller için yollama hükmü gösterilir.'],
    examples: [`mevzuat hakkinda ${exampleReg}`, `mevzuat about ${exampleReg} --json`],
    run: ({ args, style }) => {
      const a = about(args.mevzuat as RegulationRef);
      return { data: a, text: formatAbout(a, style) };
    },
  },
  {
    name: 'define',
    summary: 'bir terimin Tanımlar maddesindeki anlamı',
    args: [reg, { name: 'terim', rest: true, help: 'tanımı aranan terim' }],
    options: {},
    notes: ['Tanımlanmamış bir terim de bir cevaptır (çıkış kodu 0); --json o zaman null yazar.'],
    examples: [`mevzuat define ${exampleReg} Müdürlük`],
    run: ({ args, style }) => {
      const r = getRegulation(args.mevzuat as RegulationRef);
      const a = define(r.id, args.terim!);
      return { data: a ?? null, text: formatDefinition(a, escapeInput(args.terim!), r, style) };
    },
  },
  {
    name: 'in-force',
    summary: 'mevzuat bir günde yürürlükte mi',
    args: [reg],
    options: { on: { type: 'string', value: '<YYYY-AA-GG>', help: 'bu gün için sor (varsayılan: bugün)' } },
    examples: [`mevzuat in-force ${exampleReg}`, `mevzuat in-force ${exampleReg} --on 2016-01-01`],
    run: ({ args, values, style, today }) => {
      const on = str(values.on);
      const r = getRegulation(args.mevzuat as RegulationRef);
      const badDate = () => usageError((x) => `Geçersiz tarih: "${x}"`, on!, [], 'Tarih biçimi: YYYY-AA-GG (ör. 2016-10-10)');
      if (on !== undefined && !isCalendarDay(on)) throw badDate();
      let a;
      try {
        a = inForce(r.id, on);
      } catch (e) {
        if (isMevzuatError(e) && e.code === 'INVALID_ARGUMENT') throw badDate();
        throw e;
      }
      return { data: a, text: formatInForce(a, on ?? today, style) };
    },
  },
  {
    name: 'cite',
    summary: 'bir maddenin, fıkranın ya da bendin metni',
    args: [reg, { name: 'madde', rest: true, help: 'm.14/b, madde 14/b, 14/b, m.8/7 ya da art_14__point_b' }],
    options: {},
    examples: [`mevzuat cite ${exampleReg} m.14/b`],
    run: ({ args, style }) => {
      const c = cite(args.mevzuat as RegulationRef, args.madde!);
      return { data: c, text: formatCitation(c, style) };
    },
  },
  {
    name: 'compare',
    usage: 'compare who-signs --to <alıcı> | compare reports-to <özne> | compare chain <özne> | compare routing | compare in-force [--on <YYYY-AA-GG>]',
    summary: 'bir soruyu bütün mevzuata sorup yan yana koyar',
    args: [{ name: 'soru', help: 'who-signs, reports-to, chain, routing ya da in-force' }, { name: 'özne', optional: true, rest: true, help: 'reports-to ve chain için birim ya da kadro' }],
    options: {
      to: { type: 'string', value: '<alıcı>', help: 'who-signs için alıcı' },
      on: { type: 'string', value: '<YYYY-AA-GG>', help: 'in-force için gün (varsayılan: bugün)' },
    },
    notes: [
      'Bir mevzuatta özne yoksa o satır bunu söyler; --json o mevzuat için { error: { code, message, input, suggestions } } yazar.',
    ],
    examples: ['mevzuat compare who-signs --to valilik', 'mevzuat compare reports-to Müdür', 'mevzuat compare chain Şef', 'mevzuat compare routing', 'mevzuat compare in-force --on 2016-01-01'],
    run: ({ args, values, style, today }) => {
      const question = args.soru!;
      const to = str(values.to);
      const on = str(values.on);
      const extra = args['özne'];
      const questions = ['who-signs', 'reports-to', 'chain', 'routing', 'in-force'];
      const noExtra = (usage: string) => { if (extra !== undefined) throw usageError((x) => `Fazla argüman: "${x}"`, extra, [], `Kullanım: mevzuat ${usage}`); };
      const needsSubject = (usage: string) => { if (extra === undefined) throw new UsageError('Eksik argüman: <özne>', [], `Kullanım: mevzuat ${usage}`); return extra; };
      if (to !== undefined && question !== 'who-signs') throw new UsageError(`--to yalnızca "compare who-signs" ile kullanılır`);
      if (on !== undefined && question !== 'in-force') throw new UsageError(`--on yalnızca "compare in-force" ile kullanılır`);
      if (question === 'who-signs') {
        noExtra('compare who-signs --to <alıcı>');
        if (to === undefined) throw new UsageError('Eksik seçenek: --to <alıcı>', [], 'Kullanım: mevzuat compare who-signs --to <alıcı>');
        const rows = compare((id) => whoSigns(id, to as Recipient));
        return { data: rows, text: formatCompareWhoSigns(rows, style) };
      }
      if (question === 'reports-to') {
        const subjectText = needsSubject('compare reports-to <özne>');
        const rows = compareSubject(subjectText, (id) => reportsTo(id, subjectText));
        return { data: rows, text: formatCompareReportsTo(escapeInput(subjectText), escapeMisses(rows as Record<string, ReportsToAnswer | CompareMiss>), style) };
      }
      if (question === 'chain') {
        const subjectText = needsSubject('compare chain <özne>');
        const rows = compareSubject(subjectText, (id) => chainOfCommand(id, subjectText));
        return { data: rows, text: formatCompareChain(escapeInput(subjectText), escapeMisses(rows as Record<string, ReturnType<typeof chainOfCommand> | CompareMiss>), style) };
      }
      if (question === 'routing') {
        noExtra('compare routing');
        const rows = compare((id) => whoRoutesIncoming(id));
        return { data: rows, text: formatCompareRouting(rows, style) };
      }
      if (question === 'in-force') {
        noExtra('compare in-force [--on <YYYY-AA-GG>]');
        const badDate = () => usageError((x) => `Geçersiz tarih: "${x}"`, on!, [], 'Tarih biçimi: YYYY-AA-GG (ör. 2016-10-10)');
        if (on !== undefined && !isCalendarDay(on)) throw badDate();
        const rows = compare((id) => inForce(id, on));
        return { data: rows, text: formatCompareInForce(rows, on ?? today, style) };
      }
      throw usageError((x) => `Bilinmeyen karşılaştırma: "${x}" (who-signs, reports-to, chain, routing ya da in-force)`, question, nearestWords(question, questions));
    },
  },
  newCommand,
  checkCommand,
  reviewCommand,
];
