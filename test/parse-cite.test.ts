// cite() resolves the label shapes of real texts (m.7#2, m.6/a#2, geçici m.1/2, ek m.1, m.1/a-2-1,
// m.3/j.1, m.13/aa) on a folder drafted from the parser's tree, as a user types them.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { draftRegulation } from '../src/author/skeleton.js';
import { createMevzuat } from '../src/create.js';
import { loadRegulationDir } from '../src/node.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A folder drafted from `raw`, its placeholders filled in citing the article `first`. */
function folder(id: string, raw: string, first: string) {
  const bytes = Buffer.from(raw, 'utf8');
  const { files } = draftRegulation({ id, raw, sha256: createHash('sha256').update(bytes).digest('hex'), receivedAs: 'source.txt' });
  const dir = join(mkdtempSync(join(tmpdir(), 'mevzuat-cite-')), id);
  mkdirSync(dir);
  writeFileSync(join(dir, 'source.txt'), bytes);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  // what a person writes into the skeleton before it loads (the skeleton is not the parser's concern here)
  const meta = parse(files['regulation.yaml']!) as Record<string, unknown> & { municipality: { province: string }; organisation: string };
  meta.municipality.province = 'Kocaeli';
  meta.summary = 'Deneme metni.';
  meta.legalBasis = [{ kind: 'kanun', number: '5393', name: 'Belediye Kanunu', articles: ['15'], cites: [first] }];
  meta.entryIntoForce = { rule: 'on-event', condition: 'Yayımı tarihinde yürürlüğe girer.', cites: [first] };
  meta.executor = { actor: meta.organisation, cites: [first] };
  writeFileSync(join(dir, 'regulation.yaml'), stringify(meta));
  // a skeleton comment quoting a multi-line provision (reported to the skeleton's owner) is dropped
  for (const name of ['rules.yaml', 'duties.yaml', 'organisation.yaml', 'coverage.yaml']) {
    writeFileSync(join(dir, name), files[name]!.split('\n').filter((l) => l === '' || /^(?:#|\s|[A-Za-z]+:)/.test(l)).join('\n'));
  }
  return loadRegulationDir(dir, { draft: true });
}

describe('cite resolves the labels of real numbering', () => {
  const fixture = (name: string) => readFileSync(`${root}test/fixtures/parse/real/${name}`, 'utf8');
  const raw = [fixture('duplicates.txt'), fixture('captions-on-line.txt').replace(/^T\.C\.\n.*\n.*\n/, '').replace(/(?<!GEÇİCİ |EK )MADDE (\d)/g, (_, n) => `MADDE ${Number(n) + 20}`)].join('\n');

  it('m.7#2, m.6/a#2, geçici m.1/1, ek m.1, each with its verbatim text', () => {
    const m = createMevzuat({ regulations: [folder('denemekoy', raw, 'art_6')] });
    expect(m.cite('denemekoy', 'm.7#2')).toMatchObject({ id: 'art_7_2', text: expect.stringContaining('Müdürlük Müdür ve servislerden oluşur.') });
    expect(m.cite('denemekoy', 'm.7')).toMatchObject({ id: 'art_7', text: expect.stringContaining('kurulmuştur') });
    expect(m.cite('denemekoy', 'm.6/a#2')).toMatchObject({ id: 'art_6__para_1__point_a_2', text: 'Hizmetlerde kalite,' });
    expect(m.cite('denemekoy', 'madde 6/a#2').id).toBe('art_6__para_1__point_a_2');
    expect(m.cite('denemekoy', 'geçici m.1/1')).toMatchObject({ id: 'art_gecici_1__para_1', label: 'geçici m.1/1' });
    expect(m.cite('denemekoy', 'ek m.1')).toMatchObject({ id: 'art_ek_1', label: 'ek m.1' });
  });

  it('nested and sub-numbered labels: m.1/a-2-1, m.3/j.1, m.3/a1', () => {
    const m = createMevzuat({ regulations: [folder('kultur', fixture('nested.txt'), 'art_1')] });
    expect(m.cite('kultur', 'm.1/a-2-1')).toMatchObject({ id: 'art_1__para_1__point_a__item_2__item_1', text: 'Ödünç vermek,' });
    expect(m.cite('kultur', 'm.3/j.1')).toMatchObject({ id: 'art_3__para_1__point_j1', text: 'Valiliği,' });
    expect(m.cite('kultur', 'm.3/a1').text).toBe('Bütçeyi hazırlar.');
  });
});
