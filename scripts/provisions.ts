/** Lists every provision of a regulation folder with its id, label and opening words: `npx tsx scripts/provisions.ts regulations/<id>`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileText, completenessGap } from '../src/compile/text.js';

const dir = process.argv[2];
if (!dir) { console.error('usage: npx tsx scripts/provisions.ts regulations/<id>'); process.exit(2); }
const y = parse(readFileSync(join(dir, 'text.yaml'), 'utf8'));
const gap = completenessGap(readFileSync(join(dir, y.source), 'utf8'), y.nodes);
console.log(gap ?? 'text.yaml holds the whole source');
for (const p of compileText(y.nodes).provisions) {
  console.log(`${p.id.padEnd(40)} ${p.label.padEnd(16)} ${p.leaf ? 'leaf' : '    '} ${p.text.slice(0, 60).replace(/\n/g, ' | ')}`);
}
