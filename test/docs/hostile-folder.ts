/**
 * A hostile regulation FOLDER for the docs site (issue 22.7): a copy of the Örnekköy fixture folder
 * whose title, summary, unit and post names carry `</script>`, Vue mustaches, HTML with an event
 * handler, Markdown link syntax and bidi controls, and whose first correspondence rule is marked
 * as a machine-drafted fact not yet reviewed. Written at test time; nothing binary is committed.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const SOURCE = fileURLToPath(new URL('../fixtures/ornekkoy/encoded/ornekkoy/', import.meta.url));

/** The regulation's title: a closing script tag, a mustache, a tag. It must show exactly so. */
export const HOSTILE_TITLE = 'Mü{{ 7*7 }} </script><script>window.__pwned=3</script> <b>kalın</b> yönetmelik';
/** A unit name: an image whose error handler would run, and Markdown link syntax. */
export const HOSTILE_UNIT = 'Evrak </script><img src=x onerror="window.__pwned=2"> [bağ](javascript:alert(1)) Mü{{ 7*7 }} Birimi';
/** A post name with a bidi override (shown as a visible escape, never reordering the text). */
export const HOSTILE_POST = 'Şef \u202Eığrez\u202C {{ $el }} | ad';
/** How the post name must read on the page: the controls visible. */
export const HOSTILE_POST_SHOWN = 'Şef \\u{202E}ığrez\\u{202C} {{ $el }} | ad';
export const HOSTILE_SUMMARY = '<script>window.__pwned=1</script> {{ 7 * 6 }} <a href="javascript:alert(1)">tıkla</a> *vurgu*';

/** Writes the folder under `root` and returns its path (`<root>/ornekkoy`). */
export function writeHostileFolder(root: string): string {
  const dir = join(root, 'ornekkoy');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(SOURCE, dir, { recursive: true });
  const edit = (file: string, f: (doc: ReturnType<typeof parseDocument>) => void) => {
    const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
    f(doc);
    writeFileSync(join(dir, file), doc.toString());
  };
  edit('regulation.yaml', (d) => { d.set('title', HOSTILE_TITLE); d.set('summary', HOSTILE_SUMMARY); });
  edit('organisation.yaml', (d) => {
    d.setIn(['units', 1, 'name'], HOSTILE_UNIT);
    const posts = d.get('posts') as { items: unknown[] };
    d.setIn(['posts', posts.items.length - 1, 'name'], HOSTILE_POST);
  });
  edit('rules.yaml', (d) => {
    const key = ['correspondence', 0];
    if (d.getIn(key)) d.setIn([...key, 'review'], 'pending');
  });
  return dir;
}
