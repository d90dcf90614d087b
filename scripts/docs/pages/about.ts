/**
 * The "Metin hakkında" section of a regulation's overview page: the questions asked of the text as
 * a whole (`about`), each answered as the answer book answers it, with the provisions it rests on.
 */
import type { AboutAnswer } from '../../../src/index.js';
import { esc, heading } from '../markup.js';
import { Ctx, p, trDate } from '../context.js';
import { basisKindTr, topicTr } from '../words.js';
import { pendingMark } from '../answers.js';

type Key = keyof Omit<AboutAnswer, 'regulation' | 'title' | 'review'>;

/** The questions, in the order the answer book asks them, each with its heading and anchor. */
export const aboutQuestions: readonly (readonly [Key, string, string])[] = [
  ['executor', 'hakkinda-yurutme', 'Metni kim yürütür?'],
  ['legalBasis', 'hakkinda-dayanak', 'Dayanağı nedir?'],
  ['repeals', 'hakkinda-kaldirdigi', 'Hangi metni yürürlükten kaldırır?'],
  ['budget', 'hakkinda-butce', 'Harcama yetkilisi kimdir, bütçeyi kim hazırlar?'],
  ['archive', 'hakkinda-arsiv', 'Arşivi kim tutar?'],
  ['residual', 'hakkinda-diger-gorevler', 'Metinde sayılmayan bir görev kime verilir?'],
  ['discipline', 'hakkinda-disiplin', 'Disiplin ve ödül işlerini kim yürütür?'],
  ['handover', 'hakkinda-devir', 'Görevden ayrılanın dosya ve zimmet devri nasıl yapılır?'],
  ['disclosure', 'hakkinda-bilgi-verme', 'Dışarıya ve basına kim bilgi verebilir?'],
  ['planning', 'hakkinda-program', 'Yıllık programı kim hazırlar?'],
  ['approval', 'hakkinda-onay', 'Yıllık programı ve alt birimlerin çalışmalarını kim onaylar?'],
];

const statusTr: Record<AboutAnswer['executor']['status'], string> = { explicit: 'açık hüküm', 'not-regulated': 'düzenlenmemiş' };
const status = (s: AboutAnswer['executor']['status']) => `<span class="durum durum-${s === 'explicit' ? 'acik' : 'yok'}">${esc(statusTr[s])}</span>`;
const pending = (x: object) => (pendingMark(x) ? ` ${pendingMark(x).trimEnd()}` : '');

/** "A, B ve C". */
const andList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ve ${items.at(-1)}`);

const fallbackSentence = (c: Ctx, item: AboutAnswer[Key]) => (item.fallback
  ? ` Hüküm bulunmayan hallerde ${c.citation(item.fallback)} uyarınca yürürlükteki mevzuat uygulanır.`
  : ' Hüküm bulunmayan haller için genel bir yollama hükmü de yoktur.');

function unregulated(c: Ctx, key: Key, item: AboutAnswer[Key]): string {
  const head = key === 'repeals' ? 'Metin başka bir metni yürürlükten kaldırmıyor.' : 'Metin bunu düzenlemiyor.';
  // a repeal is not a matter a fallback clause fills: the answer book says none there either
  const fb = key === 'repeals' ? '' : fallbackSentence(c, item);
  return p(`${esc(head)}${fb} [${status(item.status)}]${pending(item)}`);
}

function executor(c: Ctx, e: AboutAnswer['executor']): string {
  const who = andList(e.executors.map((x) => `${x.via === 'delegation' ? 'yetki verdiği ' : ''}${c.actor(x)}`));
  return p(`${who}${e.onBehalfOf ? ` (${c.actor(e.onBehalfOf)} adına)` : ''} yürütür (${c.citations(e.citations)}).${e.wording ? ` Metnin ifadesiyle: <q>${esc(e.wording)}</q>.` : ''} [${status(e.status)}]${pending(e)}`);
}

function legalBasis(c: Ctx, a: AboutAnswer['legalBasis']): string {
  const items = a.bases.map((b) => {
    // as the answer book names them: "678 sayılı Kanun Hükmünde Kararname"
    const kind = b.kind === 'khk' ? 'Kanun Hükmünde Kararname' : basisKindTr[b.kind];
    const name = b.name ? (b.kind === 'khk' ? `${b.name} (${kind})` : b.name) : kind;
    const extra = [b.date && `${trDate(b.date)} tarihli`, b.articles.length && `madde ${andList(b.articles)}`, b.decision].filter(Boolean).join('; ');
    return `<li>${esc(b.number ? `${b.number} sayılı ${name}` : name)}${extra ? ` (${esc(extra)})` : ''} (${c.citations(b.citations)})${b.note ? `. <span class="not">${esc(b.note)}</span>` : ''}${pending(b)}</li>`;
  });
  return `<ul class="hakkinda-dayanak">${items.join('')}</ul>`;
}

function repeals(c: Ctx, a: AboutAnswer['repeals']): string {
  return `<ul class="hakkinda-kaldirdigi">${a.repeals.map((r) => `<li>${esc(r.title)}${r.decision ? ` (${esc(r.decision)})` : ''} (${c.citations(r.citations)})${pending(r)}</li>`).join('')}</ul>`;
}

function duties(c: Ctx, key: Key, d: AboutAnswer['budget']): string {
  const lead = key === 'planning' ? 'Planlama ve program konusunda görev verilenler' : 'Bu konuda görev verilenler';
  const holders = andList(d.holders.map((h) => c.actor(h)));
  const list = d.duties.map((x) => `<li>${c.citation(x.citation)} ${c.actor(x.holder)} <small>(${esc(x.topics.map((t) => topicTr[t].toLocaleLowerCase('tr-TR')).join(', '))})</small>: ${esc(x.text)}` +
    `${x.via ? `<br><small>${esc(x.via.actor.name)} görevlerinden; ${c.citation(x.via.citation)} uyarınca.</small>` : ''}` +
    `${x.note ? `<br><small class="not">Not: ${esc(x.note)}</small>` : ''}${pending(x)}</li>`).join('');
  return p(`${esc(lead)}: ${holders}. [${status(d.status)}]${pending(d)}`) + `<ol class="hakkinda-gorevler">${list}</ol>`;
}

/**
 * Who approves the programme, in the CLI's and the answer book's sentences: the answer, or that the
 * text does not say; beside it the text's other approvals and the provisions that only submit for approval.
 */
function approval(c: Ctx, a: AboutAnswer['approval']): string {
  type D = AboutAnswer['approval']['duties'][number];
  const who = (list: readonly D[]) => list.map((d) => `${c.actor(d.holder)} (${c.citation(d.citation)})`).join(', ');
  const head = a.status === 'explicit'
    ? `Yıllık programı onaylayan: ${who(a.duties)}.`
    : `Metin yıllık programı kimin onaylayacağını düzenlemiyor.${fallbackSentence(c, a)}`;
  const lines = [
    p(`${head} [${status(a.status)}]${pending(a)}`),
    a.otherApprovals.length ? p(`Metnin verdiği başka onay ${a.otherApprovals.length > 1 ? 'görevleri' : 'görevi'}: ${who(a.otherApprovals)}.`) : '',
    a.related.length ? p(`Onaya ilişkin olup onay yetkisi vermeyen ${a.related.length > 1 ? 'hükümler' : 'hüküm'}: ${who(a.related)}.`) : '',
  ];
  const item = (x: D, tag: string) => `<li>${c.citation(x.citation)} ${c.actor(x.holder)}${tag ? ` <small>(${esc(tag)})</small>` : ''}: ${esc(x.text)}${pending(x)}</li>`;
  const all = [...a.duties.map((x) => item(x, '')), ...a.otherApprovals.map((x) => item(x, 'başka onay')), ...a.related.map((x) => item(x, 'ilgili hüküm'))];
  return lines.join('') + (all.length ? `<ol class="hakkinda-gorevler">${all.join('')}</ol>` : '');
}

/** The section: a heading per question, its answer in Turkish prose, the provisions linked. */
export function aboutSection(c: Ctx): string {
  const a = c.q.about(c.id);
  const parts = aboutQuestions.map(([key, id, question]) => {
    const item = a[key];
    const body = key === 'approval' ? approval(c, a.approval)
      : item.status === 'not-regulated' ? unregulated(c, key, item)
      : key === 'executor' ? executor(c, a.executor)
        : key === 'legalBasis' ? legalBasis(c, a.legalBasis)
          : key === 'repeals' ? repeals(c, a.repeals)
            : duties(c, key, a[key]);
    return heading(3, id, question) + '\n\n' + body;
  });
  return [heading(2, 'metin-hakkinda', 'Metin hakkında'), p('Metnin bütünü hakkında sorulan sorular: her cevap, dayandığı hükmün bağlantısıyla; metin bir konuda susuyorsa bu söylenir.'), ...parts].join('\n\n');
}
