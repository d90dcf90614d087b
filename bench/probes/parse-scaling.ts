/**
 * Parse time against text size (npm run bench does not run it; run it alone):
 *   npx tsx bench/probes/parse-scaling.ts
 * Prints, for 10 KB … 10 MB regulations in the Gebze styles, the median CPU time of a parse (user +
 * system, so a loaded machine does not inflate it), the time per KB and the ratio to the size
 * before (≈4 for 4× the text when parsing is linear).
 */
import { parseRegulationText } from '../../src/parse/text.js';

const TR = 'abcçdefgğhıijklmnoöprsştuüvyz';
function text(n: number): string {
  const out = ['T.C.', 'DENEMEKÖY BELEDİYESİ', 'ZABITA MÜDÜRLÜĞÜ YÖNETMELİĞİ', 'BİRİNCİ KISIM', 'Genel Hükümler'];
  for (let k = 1; k <= n; k++) {
    out.push('Görevler', '', `MADDE ${k}- (1) Müdürlüğün görevleri şunlardır:`, '');
    for (let j = 0; j < 6; j++) {
      out.push(`${TR[j]})\tBirim ${j} görevleri:`, '');
      for (let i = 1; i <= 3; i++) out.push(`${i}-Görev ${k}.${j}.${i} yürütmek:`, '', '- Alt görev,', '');
    }
    out.push('(2) Müdür bu görevleri yürütür.', '');
  }
  return out.join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let before: number | undefined;
for (const n of [11, 44, 176, 704, 2816, 11264]) {
  const raw = text(n);
  const reps = n > 3000 ? 1 : 3;
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t = process.cpuUsage();
    parseRegulationText(raw);
    const d = process.cpuUsage(t);
    times.push((d.user + d.system) / 1000);
  }
  const ms = median(times);
  console.log(`${(raw.length / 1024).toFixed(0).padStart(6)} KB  ${ms.toFixed(0).padStart(6)} ms CPU  ${(ms / (raw.length / 1024)).toFixed(3)} ms/KB${before ? `  ×${(ms / before).toFixed(1)}` : ''}`);
  before = ms;
}
