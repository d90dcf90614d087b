// The rules every encoded regulation must obey, checked on the data the package ships.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { regulations, cite } from '../src/index.js';
import { Regulation } from '../src/schema/regulation.js';
import { completenessGap, stripMarkup } from '../src/compile/text.js';
import { compileRegulation, regulationDirs } from '../src/compile/regulation.js';
import { allCites, folder, sourceOf } from './helpers.js';

describe('shipped data', () => {
  it('includes every regulation folder in the repo, compiled exactly as the build compiles it', () => {
    const dirs = regulationDirs();
    expect(regulations.map((r) => r.id)).toEqual(dirs.map((d) => d.split('/').pop()));
    for (const dir of dirs) {
      const fresh = compileRegulation(dir);
      const shipped = regulations.find((r) => r.id === fresh.id);
      expect(JSON.parse(JSON.stringify(shipped))).toEqual(JSON.parse(JSON.stringify(fresh)));
    }
  });
});

describe.each(regulations.map((r) => [r.id, r] as const))('%s', (_id, reg) => {
  it('passes the strict Regulation schema', () => {
    const r = Regulation.safeParse(reg);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
  });

  it('writes its notes for lawyers: no id of its own entities, no file or field name, no error code', () => {
    const ids = [...reg.units, ...reg.posts, ...reg.offices].map((a) => a.id).filter((id) => id.includes('-'));
    const notes: [where: string, note: string][] = [];
    const walk = (v: unknown, where: string) => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
        if (k === 'note' && typeof x === 'string') notes.push([where, x]);
        else if (k !== 'document') walk(x, `${where}.${k}`);
      }
    };
    walk(reg, reg.id);
    expect(notes.length).toBeGreaterThan(0);
    for (const [where, note] of notes) {
      // an id is the whole word: "esnaf-masasi" inside other words is not one
      for (const id of ids) expect(new RegExp(`(^|[^\\p{L}\\d-])${id}($|[^\\p{L}\\d-])`, 'u').test(note), `${where}: ${id}`).toBe(false);
      expect(note, where).not.toMatch(/\.ya?ml\b|\b(?:AMBIGUOUS|UNKNOWN_[A-Z]+|INVALID_[A-Z]+|includesDutiesOf|nameSupplied)\b/);
    }
  });

  it('keeps its sources byte for byte (sha256 as recorded)', () => {
    for (const s of reg.sources) {
      const hash = createHash('sha256').update(readFileSync(join(folder(reg.id), s.file))).digest('hex');
      expect(hash, s.file).toBe(s.sha256);
    }
  });

  it('holds every character of the authoritative source, in order, in its structure', () => {
    const source = sourceOf(reg);
    expect(completenessGap(source, reg.document)).toBeUndefined();
    // and every word, as a list, so a failure names the word
    const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
    const fromStructure: string[] = [];
    const walk = (n: (typeof reg.document)[number]) => {
      for (const s of [n.heading, n.num, n.title, n.text]) if (s) fromStructure.push(...words(s));
      n.children?.forEach(walk);
    };
    reg.document.forEach(walk);
    expect(fromStructure).toEqual(words(stripMarkup(source)));
  });

  it('cites only provisions that exist, and every fact cites at least one', () => {
    const ids = new Set(reg.provisions.map((p) => p.id));
    const cites = allCites(reg);
    expect(cites.length).toBeGreaterThan(0);
    const dangling = cites.filter(([, id]) => !ids.has(id));
    expect(dangling).toEqual([]);
    for (const d of reg.duties) expect(d.cites.length, d.id).toBeGreaterThan(0);
  });

  it('gives every leaf provision a fact or a reason why it carries none', () => {
    const cited = new Set(allCites(reg).map(([, id]) => id));
    const marked = new Set(reg.noFact.map((n) => n.provision));
    const uncovered = reg.provisions.filter((p) => p.leaf && !cited.has(p.id) && !marked.has(p.id)).map((p) => p.label);
    expect(uncovered).toEqual([]);
    const both = reg.provisions.filter((p) => cited.has(p.id) && marked.has(p.id)).map((p) => p.label);
    expect(both).toEqual([]);
  });

  it('has unique ids and labels, and cite() accepts every label back', () => {
    const ids = reg.provisions.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const labels = reg.provisions.flatMap((p) => [p.label, ...p.altLabels]);
    expect(new Set(labels.map((l) => l.toLocaleLowerCase('tr-TR'))).size).toBe(labels.length);
    for (const p of reg.provisions) {
      expect(cite(reg.id, p.label).id).toBe(p.id);
      for (const alt of p.altLabels) expect(cite(reg.id, alt).id).toBe(p.id);
      expect(cite(reg.id, p.id).label).toBe(p.label);
    }
    const actorIds = [...reg.units, ...reg.posts, ...reg.offices].map((a) => a.id);
    expect(new Set(actorIds).size).toBe(actorIds.length);
    for (const id of actorIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('keeps every duty and definition text, and the words a rule quotes, verbatim from its provision', () => {
    const byId = new Map(reg.provisions.map((p) => [p.id, p]));
    for (const d of reg.duties) if (d.excerpt) expect(byId.get(d.cites[0]!)!.text).toContain(d.excerpt);
    for (const d of reg.definitions) expect(byId.get(d.cites[0]!)!.text).toContain(d.meaning);
    for (const s of reg.sic ?? []) expect(byId.get(s.provision)!.text).toContain(s.reading);
    // the text's own words a rule quotes (what a charge covers, its condition, the recipients as
    // the text names them) stand in one of the provisions it cites
    const ws = (t: string) => t.replace(/\s+/g, ' ');
    const inCited = (words: string, cites: readonly string[]) => cites.some((id) => ws(byId.get(id)!.text).includes(ws(words)));
    for (const r of reg.correspondence) {
      for (const words of [r.scope, r.condition, r.recipientText]) if (words) expect(inCited(words, r.cites), `${r.id}: "${words}"`).toBe(true);
    }
    for (const st of reg.routing) if (st.toText) expect(inCited(st.toText, st.cites), `${st.id}: "${st.toText}"`).toBe(true);
  });

  it('has a unit tree and reporting lines without cycles, and a known organisation', () => {
    expect(reg.units.some((u) => u.id === reg.organisation)).toBe(true);
    const parent = new Map(reg.units.map((u) => [u.id, u.parent]));
    for (const u of reg.units) {
      const seen = new Set<string>();
      for (let c: string | undefined = u.id; c; c = parent.get(c)) {
        expect(seen.has(c), `cycle at ${c}`).toBe(false);
        seen.add(c);
      }
    }
    const up = new Map<string, string[]>();
    for (const l of reg.reporting) if (!l.condition) up.set(l.from, [...(up.get(l.from) ?? []), l.to]);
    const onPath = new Set<string>();
    const visit = (a: string): void => {
      expect(onPath.has(a), `reporting cycle through ${a}`).toBe(false);
      onPath.add(a);
      (up.get(a) ?? []).forEach(visit);
      onPath.delete(a);
    };
    [...up.keys()].forEach(visit);
  });
});

describe('the compiler refuses bad data', () => {
  it('rejects a fact whose citation does not resolve and an uncovered provision', async () => {
    const { mkdtempSync, cpSync, writeFileSync, readFileSync: read } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const tmp = mkdtempSync(join(tmpdir(), 'mevzuat-'));
    const dir = join(tmp, 'konak-ozel-kalem');
    cpSync(folder('konak-ozel-kalem'), dir, { recursive: true });
    const duties = read(join(dir, 'duties.yaml'), 'utf8');
    writeFileSync(join(dir, 'duties.yaml'), duties.replace('cites: [art_7__point_a]', 'cites: [art_7__point_zz]'));
    expect(() => compileRegulation(dir)).toThrow(/text\.yaml:\d+:\d+: hata: m\.7\/a \(art_7__point_a\) henüz hiçbir olguya dayanak değil[\s\S]*duties\.yaml:\d+:\d+: hata: Atıf çözülmüyor: metinde art_7__point_zz/);
  });

  it('rejects a source whose bytes changed, and a structure that dropped a word', async () => {
    const { mkdtempSync, cpSync, writeFileSync, readFileSync: read } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = join(mkdtempSync(join(tmpdir(), 'mevzuat-')), 'konak-ozel-kalem');
    cpSync(folder('konak-ozel-kalem'), dir, { recursive: true });
    const text = read(join(dir, 'text.yaml'), 'utf8');
    writeFileSync(join(dir, 'text.yaml'), text.replace('Müdürlükler arası yazışmalar Müdürün imzası', 'Müdürlükler arası yazışmalar imzası'));
    expect(() => compileRegulation(dir)).toThrow(/kaynağın tamamını harfi harfine tutmuyor/);
    writeFileSync(join(dir, 'source.txt'), read(join(dir, 'source.txt'), 'utf8') + ' ');
    expect(() => compileRegulation(dir)).toThrow(/sha256/);
  });

  it('rejects unknown keys (strict schemas)', async () => {
    const { mkdtempSync, cpSync, writeFileSync, readFileSync: read } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = join(mkdtempSync(join(tmpdir(), 'mevzuat-')), 'konak-ozel-kalem');
    cpSync(folder('konak-ozel-kalem'), dir, { recursive: true });
    writeFileSync(join(dir, 'regulation.yaml'), read(join(dir, 'regulation.yaml'), 'utf8') + 'signedBy: nobody\n');
    expect(() => compileRegulation(dir)).toThrow(/regulation\.yaml:\d+:1: hata: Bilinmeyen alan: "signedBy"/);
  });
});
