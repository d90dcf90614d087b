// Issue 20: `mevzuat hakkinda <mevzuat>` (alias `about`): every question asked of the text as a
// whole, answered in formal Turkish within 80 columns, each with the provisions it rests on
// verbatim; --json the library's `about` answer; --help; listed in `mevzuat --help`.
import { beforeAll, describe, expect, it } from 'vitest';
import { about, getRegulation, regulationIds } from '../src/index.js';
import { run } from '../src/cli/main.js';
import { aboutQuestions, formatAbout } from '../src/cli/format.js';
import { aboutDutyQuestions } from '../src/queries/about.js';
import { assertBuilt, mevzuatAll, squash, type Result } from './cli-support.js';

const json = (v: unknown) => JSON.parse(JSON.stringify(v));

async function inProcess(argv: string[], env: Record<string, string> = {}): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: { write: (t: string) => { stdout += t; } }, stderr: { write: (t: string) => { stderr += t; } }, env });
  return { code: code ?? -1, stdout, stderr };
}

const builtRuns: string[][] = [
  ['hakkinda', 'konak'], ['about', 'Konak', '--json'], ['hakkinda', 'izmir'], ['hakkinda', 'kocaeli'], ['hakkinda', 'karsiyaka'], ['hakkinda', 'konya'],
];
let built: Map<string, Result>;
beforeAll(async () => {
  assertBuilt();
  // COLUMNS=80: the terminal the output must fit
  built = await mevzuatAll(builtRuns.map((a) => [...a]), 3);
}, 60_000);
const b = (...args: string[]) => built.get(JSON.stringify(args))!;

describe('mevzuat hakkinda (the built CLI)', () => {
  it.each(regulationIds.map((id) => [id, id.split('-')[0]!] as const))('%s: every question, exit 0, nothing on stderr, every line at most 80 characters', (id, ref) => {
    const out = b('hakkinda', ref);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
    expect(out.stdout.startsWith(getRegulation(id).title.split(' ')[0]!)).toBe(true);
    for (const [, question] of aboutQuestions) expect(squash(out.stdout)).toContain(question);
  });

  it('about is the same command; --json prints the library answer', () => {
    const out = b('about', 'Konak', '--json');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(json(about('konak')));
  });

  it('an unknown regulation is bad input (exit 2), with the nearest names', () => {
    const out = b('hakkinda', 'konya');
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/konak/i);
  });
});

describe('mevzuat hakkinda: what it says (in process)', () => {
  it('Konak: the executor, the dayanak, m.19 repealing the yönetmelik of the 04.10.2012 decision 186/2012, verbatim', async () => {
    const out = (await inProcess(['hakkinda', 'konak'], { COLUMNS: '80' })).stdout;
    const text = squash(out);
    expect(text).toContain('1. Metni kim yürütür? Belediye Başkanı. Durum: açık hüküm m.21 Bu Yönetmelik hükümlerini Belediye Başkanı yürütür.');
    expect(text).toContain('5393 sayılı Belediye Kanunu (madde 15/b ve 18/m) [m.3]');
    expect(text).toContain('Özel Kalem Müdürlüğü Görev, Yetki ve Çalışma Yönetmeliği (166/2012 Meclis No, 04.10.2012 tarih ve 186/2012 nolu Meclis Kararı) [m.19]');
    expect(text).toContain('m.19 Bu Yönetmeliğin yürürlüğe girmesiyle birlikte daha önce Konak Belediye Meclisince alınan, 166/2012 Meclis No, 04.10.2012 tarih ve 186/2012 nolu Meclis Kararı ile yürürlüğe giren');
    expect(text).toContain('m.8/10 Müdür Kendisine yasal sorumlulukla verilen bütçe ve ödeneği kullanmak.');
  });

  it('a question the text leaves open says so and cites the fallback clause with its text', () => {
    // every open duty question of every regulation that has a fallback clause (picked from the data)
    const duty = new Set<string>(aboutDutyQuestions.map(([k]) => k));
    const open = regulationIds.flatMap((id) => {
      const a = about(id);
      return aboutQuestions.filter(([k]) => duty.has(k) && a[k].status === 'not-regulated' && a[k].fallback).map(([k, question]) => [a, question, a[k].fallback!] as const);
    });
    expect(open.length).toBeGreaterThan(0);
    for (const [a, question, f] of open) {
      const text = squash(formatAbout(a));
      const at = text.indexOf(question);
      expect(text.slice(at, at + 400)).toContain(`${question} Metin bunu düzenlemiyor. Hüküm bulunmayan hallerde ${f.label} uyarınca yürürlükteki mevzuat uygulanır. Durum: düzenlenmemiş ${f.label} (hüküm bulunmayan haller) ${f.text}`);
    }
  });

  it('İzmir: the Daire Başkanı executes on behalf of the Üst Yönetici; no repeal, m.12/e cited', () => {
    const text = squash(formatAbout(about('izmir')));
    expect(text).toContain('Metni kim yürütür? Daire Başkanı (Üst Yönetici adına).');
    expect(text).toContain('Hangi metni yürürlükten kaldırır? Metin başka bir metni yürürlükten kaldırmıyor. Durum: düzenlenmemiş m.12/e (hüküm bulunmayan haller)');
  });

  it('who approves the annual programme: the text\'s silence said plainly, the related provisions beside it (İzmir m.7/ğ, Kocaeli m.5/c)', () => {
    const izmir = squash(formatAbout(about('izmir')));
    expect(izmir).toContain('Yıllık programı ve alt birimlerin çalışmalarını kim onaylar? Metin yıllık programı kimin onaylayacağını düzenlemiyor. Hüküm bulunmayan hallerde m.12/e uyarınca yürürlükteki mevzuat uygulanır. Metnin verdiği başka onay görevi: Şube Müdürü (m.7/ğ).');
    expect(izmir).toContain('m.7/ğ Şube Müdürü (başka onay) Alt birimlerce hazırlanan çalışmaları denetlemek ve onaylamak,');
    const kocaeli = squash(formatAbout(about('kocaeli')));
    expect(kocaeli).toContain('Onaya ilişkin olup onay yetkisi vermeyen hüküm: Daire Başkanı (m.5/c). Durum: düzenlenmemiş m.5/c Daire Başkanı (ilgili hüküm) Performans programına uygun olarak dairesinin bütçesini hazırlamak ve onayına sunmak,');
    for (const id of regulationIds) expect(formatAbout(about(id))).not.toContain('metninden anlaşılır');
  });

  it('Turkish prose only: no ids, topic codes or field names in the human output', () => {
    for (const id of regulationIds) {
      const out = formatAbout(about(id));
      const reg = getRegulation(id);
      const ids = [...reg.units, ...reg.posts, ...reg.offices].map((x) => x.id).filter((x) => x.includes('-'));
      for (const x of [...ids, reg.id, 'not-regulated', 'explicit', 'legalBasis', 'residual', 'handover', 'disclosure', 'approval', 'art_', 'khk', 'meclis-karari', 'yonetmelik']) {
        expect(out, `${id}: ${x}`).not.toContain(x);
      }
    }
  });

  it('--help: usage with both names, in 80 columns; mevzuat --help lists it', async () => {
    for (const argv of [['hakkinda', '--help'], ['about', '-h'], ['help', 'about']]) {
      const out = await inProcess(argv);
      expect(out.code).toBe(0);
      expect(out.stdout.split('\n').slice(0, 2)).toEqual(['mevzuat hakkinda <mevzuat>', 'mevzuat about <mevzuat>']);
      expect(out.stdout.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
    }
    const help = (await inProcess(['--help'])).stdout;
    expect(help).toMatch(/^ {2}hakkinda <mevzuat>$/m);
    expect(help).toMatch(/^ {2}about <mevzuat> +metni kim yürütür/m);
  });
});
