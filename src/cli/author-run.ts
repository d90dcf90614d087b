// `mevzuat new` and `mevzuat check`: the file-system side of authoring a regulation folder. The
// contents come from src/author/ (pure); the checks from src/compile/regulation.ts, the compiler the
// build uses.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { draftRegulation, type NewSummary } from '../author/skeleton.js';
import { checkRegulationDir, formatProblem, type Problem } from '../compile/regulation.js';
import { slugify } from '../fold.js';
import { escapeInput } from '../internal/escape.js';
import { UsageError } from './args.js';
import type { Output } from './commands.js';
import type { Style } from './text.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** File contents quoted in messages may be long; still escaped, cut at a generous length. */
const quote = (s: string) => escapeInput(s, 600);
const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

/** Writes a new regulation folder from a source text; refuses an existing folder. */
export function runNew(source: string, id: string | undefined, out: string | undefined, style: Style): Output {
  const suggestedId = slugify(basename(source).replace(/\.[^.]+$/, ''));
  if (id === undefined) throw new UsageError('Eksik seçenek: --id <kimlik>', [], `Örnek: mevzuat new ${quote(source)} --id ${suggestedId || 'ornekkoy'}`);
  if (!SLUG.test(id)) {
    throw new UsageError(`Geçersiz kimlik: "${quote(id)}". Kimlik küçük harfli, Türkçe harfsiz, tireyle ayrılmış olmalı.`, slugify(id) ? [slugify(id)] : [], 'Örnek: --id ornekkoy');
  }
  if (!existsSync(source) || !statSync(source).isFile()) throw new UsageError(`Kaynak dosya bulunamadı: "${quote(source)}"`);
  const dir = out ?? join('regulations', id);
  if (basename(resolve(dir)) !== id) {
    throw new UsageError(`Klasörün adı kimlikle aynı olmalı: "${quote(dir)}" ile --id ${id} uyuşmuyor.`, [], `Örnek: --out ${join(resolve(dir, '..'), id)}`);
  }
  if (existsSync(dir)) throw new UsageError(`Klasör zaten var: "${quote(dir)}". mevzuat new var olan bir klasörün üzerine yazmaz.`, [], 'Başka bir --out verin ya da klasörü kendiniz kaldırın.');
  const bytes = readFileSync(source);
  const raw = bytes.toString('utf8');
  if (raw.includes('\uFFFD')) {
    throw new UsageError(`Kaynak UTF-8 değil: "${quote(source)}". Türkçe harfler bozulmasın diye önce UTF-8'e çevirin.`, [], 'Örnek: iconv -f WINDOWS-1254 -t UTF-8 eski.txt > yeni.txt');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { files, summary } = draftRegulation({ id, raw, sha256, receivedAs: basename(source) });
  mkdirSync(dir, { recursive: true });
  copyFileSync(source, join(dir, 'source.txt'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const toWrite = Object.entries(files).flatMap(([name, content]) => content.split('\n').flatMap((line) => {
    const m = /^\s*(?:- )?([\w]+):.*# YAZILACAK: (.*)$/.exec(line);
    return m ? [`${name}: ${m[1]} (${m[2]})`] : [];
  }));
  return { data: { dir, files: ['source.txt', ...Object.keys(files)], sha256, summary }, text: formatNew(dir, sha256, summary, toWrite, style) };
}

function formatNew(dir: string, sha256: string, s: NewSummary, toWrite: string[], style: Style): string {
  const names = (cs: { name: string; label: string }[]) => cs.map((c) => `${quote(c.name)}${c.label ? ` (${c.label})` : ''}`).join(', ') || '—';
  const left = s.leaves - s.covered;
  return [
    style.bold(`Yeni mevzuat klasörü: ${quote(dir)}`),
    `  source.txt         kaynak metin, bayt bayt (sha256 ${sha256.slice(0, 12)}…)`,
    `  text.yaml          ${s.articles} madde, ${s.provisions} hüküm (${s.leaves} yaprak hüküm)`,
    '  regulation.yaml    başlık, tür, belediye, dayanak, yürürlük, yürütme adayları',
    `  organisation.yaml  ${s.units.length} birim, ${s.posts.length} kadro, ${s.offices.length} makam adayı`,
    '  duties.yaml        boş: görevler sizin',
    `  rules.yaml         ${s.definitions.length} tanım adayı`,
    '  coverage.yaml      amaç ve kapsam maddeleri için noFact adayları',
    '',
    style.bold('Metinden okunanlar'),
    `  Başlık: ${s.title ? quote(s.title) : '— (metinde başlık satırı yok)'}`,
    `  Tür: ${s.kind === 'yonerge' ? 'yönerge' : 'yönetmelik'}`,
    `  Tanımlar: ${names(s.definitions)}`,
    `  Birim adayları: ${names(s.units)}`,
    `  Kadro adayları: ${names(s.posts)}`,
    `  Makam adayları: ${names(s.offices)}`,
    ...(s.parseProblems.length ? ['', style.bold('Ayrıştırıcının karar veremediği yerler (kaynak satırıyla)'), ...s.parseProblems.map((p) => `  satır ${p.line}: ${quote(p.message)}`)] : []),
    '',
    style.bold('Kodlanacaklar'),
    `  ${s.leaves} yaprak hükmün ${s.covered} tanesi iskelette bir olguya ya da noFact adayına bağlandı; ${left} tanesi bekliyor.`,
    ...s.toEncode.map((t) => `  ${t.label} ${quote(t.heading)}: ${t.what}`),
    ...toWrite.map((t) => `  ${quote(t)}`),
    '  "GÖZDEN GEÇİRİN" işaretli her değer bir tahmindir: metinle karşılaştırıp doğrulayın, sonra işareti silin.',
    '',
    `Sonraki adım: mevzuat check ${quote(dir)} --draft`,
  ].join('\n');
}

/** Validates a folder with everything the build checks; exit 2 on any error. */
export function runCheck(dir: string, draft: boolean, style: Style): Output {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`Klasör bulunamadı: "${quote(dir)}"`, [], 'Kullanım: mevzuat check <klasör> [--draft]');
  const { regulation, problems } = checkRegulationDir(dir, { draft });
  const errors = problems.filter((p) => p.severity === 'error');
  const todos = problems.filter((p) => p.severity === 'todo');
  const block = (ps: Problem[]) => ps.map((p) => formatProblem(p, dir, quote)).join('\n');
  const lines: string[] = [];
  if (errors.length) lines.push(block(errors), '');
  if (todos.length) lines.push(style.bold(`Yapılacaklar (${todos.length})`), block(todos), '');
  if (errors.length) {
    lines.push(`${errors.length} hata${todos.length ? `, ${todos.length} yapılacak` : ''}. Mevzuat derlenmedi; hataları düzeltip yeniden deneyin.`);
  } else if (regulation) {
    const facts = regulation.duties.length + regulation.reporting.filter((r) => r.basis === 'explicit').length + regulation.deputies.length
      + regulation.correspondence.length + regulation.routing.length + regulation.definitions.length;
    lines.push(`${todos.length ? 'Taslak derleniyor' : 'Sorun yok'}: ${regulation.id} — ${regulation.articles.length} madde, ${regulation.provisions.length} hüküm, ${facts} olgu${todos.length ? `; ${todos.length} yapılacak kaldı` : ''}.`);
  }
  return {
    data: { ok: errors.length === 0, draft, ...(regulation ? { regulation: regulation.id } : {}), problems },
    text: lines.join('\n'),
    code: errors.length ? 2 : 0,
  };
}

