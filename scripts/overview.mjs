// Prints the headline answers for every encoded regulation (npm start). Reads the built package.
import { regulations, whoSigns, reportsTo, deputyOf, inForce } from '../dist/index.js';

const labels = (cs) => (cs.length ? cs.map((c) => c.label).join(', ') : '—');
for (const r of regulations) {
  const org = r.units.find((u) => u.id === r.organisation);
  const head = r.posts.find((p) => p.unit === r.organisation && p.heads);
  const s = whoSigns(r.id, 'public-institution');
  const up = reportsTo(r.id, r.organisation);
  const dep = head ? deputyOf(r.id, head.id) : undefined;
  const f = inForce(r.id, new Date());
  console.log(`\n${r.title}${r.titleSource === 'supplied' ? ' [başlık metinde yok; kütüphanece verildi]' : ''}`);
  console.log(`  Kamu kurumlarına yazı: ${s.status}: ${s.explanation}${s.fallback ? ` [${s.fallback.label}]` : ''}`);
  for (const l of up.lines) console.log(`  ${org?.name} → ${l.to.name} (${l.relation}, ${l.basis}${l.condition ? `, ${l.condition}` : ''}) [${labels(l.citations)}]`);
  if (dep) console.log(`  ${head.name} yokken: ${dep.status === 'explicit' ? dep.deputies.map((d) => d.name).join(', ') : 'düzenlenmemiş'} [${labels(dep.citations)}${dep.fallback ? `; ${dep.fallback.label}` : ''}]`);
  console.log(`  Bugün yürürlükte mi: ${f.status}${f.from ? ` (${f.from})` : ''}: ${f.condition} [${labels(f.citations)}]`);
}
