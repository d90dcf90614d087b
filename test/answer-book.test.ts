// The committed answer book (docs/cevaplar/) is the library's answers as they are now: rebuilt in
// memory from the public API, it must equal the files byte for byte.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { regulations } from '../src/index.js';
import { answerBook, BOOK_DIR, REFERENCE_DATE } from '../scripts/answer-book.js';

const book = answerBook();

describe('the answer book', () => {
  it('has an index and one page per regulation, and nothing else', () => {
    expect([...book.keys()].sort()).toEqual(['index.md', ...regulations.map((r) => `${r.id}.md`)].sort());
    expect(readdirSync(BOOK_DIR).filter((f) => f.endsWith('.md')).sort()).toEqual([...book.keys()].sort());
  });

  it.each([...book.keys()])('docs/cevaplar/%s is current (otherwise run `npm run answer-book` and read the diff)', (file) => {
    const path = join(BOOK_DIR, file);
    expect(existsSync(path), `docs/cevaplar/${file} is missing: run \`npm run answer-book\``).toBe(true);
    const committed = readFileSync(path, 'utf8');
    expect(committed === book.get(file), `docs/cevaplar/${file} is out of date with the library: run \`npm run answer-book\` and review the diff`).toBe(true);
  });

  it('states its reference date and asks every question of every actor, with the verbatim provisions', () => {
    for (const r of regulations) {
      const page = book.get(`${r.id}.md`)!;
      expect(page).toContain('23.11.2026 itibarıyla');
      expect(REFERENCE_DATE).toBe('2026-11-23');
      const actors = [...r.units, ...r.posts, ...r.offices];
      // every actor has its section, under its name, with no developer id beside it (issue 20)
      for (const a of actors) { expect(page, a.id).toContain(`### ${a.name.replace(/([\\`*_[\]<>|])/g, '\\$1')}`); expect(page, a.id).not.toContain(`\`${a.id}\``); }
      expect(page.match(/\*\*Kime bağlı\?\*\*/g)).toHaveLength(actors.length);
      expect(page.match(/\*\*Amir zinciri:\*\*/g)).toHaveLength(actors.length);
      expect(page).not.toMatch(/komuta/i);
      for (const d of r.definitions) expect(page, d.term).toContain(`**${d.term.replace(/([\\`*_[\]<>|])/g, '\\$1')}**`);
      expect(page).toContain('Bu pakette bulunmayan bir metinle yürürlükten kaldırılmış');
    }
  });
});
