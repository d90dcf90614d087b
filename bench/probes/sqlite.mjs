// The same graph and questions in better-sqlite3: a database built from the package's compiled
// regulations (the same data the queries answer from), asked with prepared statements. Each answer
// is built into plain objects with the citations' verbatim text, as the library's answers are.
// better-sqlite3 lives in bench/sqlite/ (installed by npm run bench on first use), not in the
// package's own dependencies: `npm ci` never compiles C for it.
import { createRequire } from 'node:module';
const Database = createRequire(new URL('../sqlite/package.json', import.meta.url))('better-sqlite3');

/**
 * Builds an in-memory database from the regulations `m` holds.
 * Names (regulation ids and aliases, actor names and aliases) are stored Turkish-folded with the
 * library's own `fold`, and the duty search runs on an FTS5 table over the folded text, so both
 * sides forgive case and Turkish letters the same way.
 */
export function buildDatabase(m) {
  const db = new Database(':memory:');
  db.exec(`
    CREATE TABLE reg_name (key TEXT NOT NULL, reg TEXT NOT NULL);
    CREATE INDEX reg_name_key ON reg_name (key);
    CREATE TABLE actor (reg TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, PRIMARY KEY (reg, id)) WITHOUT ROWID;
    CREATE TABLE actor_name (reg TEXT NOT NULL, key TEXT NOT NULL, id TEXT NOT NULL);
    CREATE INDEX actor_name_key ON actor_name (reg, key);
    CREATE TABLE provision (reg TEXT NOT NULL, id TEXT NOT NULL, ord INTEGER NOT NULL, label TEXT NOT NULL, article INTEGER, paragraph INTEGER, section TEXT, item TEXT, text TEXT NOT NULL, UNIQUE (reg, id));
    CREATE TABLE line (reg TEXT NOT NULL, ord INTEGER NOT NULL, from_id TEXT NOT NULL, to_id TEXT NOT NULL, relation TEXT NOT NULL, basis TEXT NOT NULL, condition TEXT, note TEXT, PRIMARY KEY (reg, ord)) WITHOUT ROWID;
    CREATE INDEX line_from ON line (reg, from_id);
    CREATE TABLE line_cite (reg TEXT NOT NULL, line_ord INTEGER NOT NULL, ord INTEGER NOT NULL, prov TEXT NOT NULL, PRIMARY KEY (reg, line_ord, ord)) WITHOUT ROWID;
    CREATE TABLE corr_rule (reg TEXT NOT NULL, ord INTEGER NOT NULL, recipient TEXT NOT NULL, scope TEXT, condition TEXT, signs INTEGER NOT NULL, PRIMARY KEY (reg, recipient, ord)) WITHOUT ROWID;
    CREATE TABLE corr_actor (reg TEXT NOT NULL, rule_ord INTEGER NOT NULL, role TEXT NOT NULL, ord INTEGER NOT NULL, actor TEXT NOT NULL, via TEXT, PRIMARY KEY (reg, rule_ord, role, ord)) WITHOUT ROWID;
    CREATE TABLE corr_cite (reg TEXT NOT NULL, rule_ord INTEGER NOT NULL, ord INTEGER NOT NULL, prov TEXT NOT NULL, PRIMARY KEY (reg, rule_ord, ord)) WITHOUT ROWID;
    CREATE TABLE duty (rowid INTEGER PRIMARY KEY, reg TEXT NOT NULL, id TEXT NOT NULL, holder TEXT NOT NULL, cite TEXT NOT NULL, text TEXT NOT NULL, topics TEXT NOT NULL, note TEXT);
    CREATE INDEX duty_holder ON duty (reg, holder);
    CREATE VIRTUAL TABLE duty_fts USING fts5 (folded, content = '', tokenize = 'unicode61');
  `);
  const ins = (sql) => db.prepare(sql);
  const regName = ins('INSERT INTO reg_name VALUES (?, ?)');
  const actor = ins('INSERT INTO actor VALUES (?, ?, ?, ?)');
  const actorName = ins('INSERT INTO actor_name VALUES (?, ?, ?)');
  const provision = ins('INSERT INTO provision VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const line = ins('INSERT INTO line VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const lineCite = ins('INSERT INTO line_cite VALUES (?, ?, ?, ?)');
  const rule = ins('INSERT INTO corr_rule VALUES (?, ?, ?, ?, ?, ?)');
  const ruleActor = ins('INSERT INTO corr_actor VALUES (?, ?, ?, ?, ?, ?)');
  const ruleCite = ins('INSERT INTO corr_cite VALUES (?, ?, ?, ?)');
  const duty = ins('INSERT INTO duty (reg, id, holder, cite, text, topics, note) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const fts = ins('INSERT INTO duty_fts (rowid, folded) VALUES (?, ?)');
  db.transaction(() => {
    for (const id of m.regulationIds) {
      const r = m.getRegulation(id);
      for (const k of new Set([id, ...r.aliases].map(m.fold))) regName.run(k, id);
      for (const [kind, list] of [['unit', r.units], ['post', r.posts], ['office', r.offices]]) {
        for (const a of list) {
          actor.run(id, a.id, a.name, kind);
          for (const k of new Set([a.id, a.name, ...(a.aliases ?? [])].map(m.fold))) actorName.run(id, k, a.id);
        }
      }
      const text = new Map();
      r.provisions.forEach((p, i) => {
        text.set(p.id, p.text);
        provision.run(id, p.id, i, p.label, p.article ?? null, p.paragraph ?? null, p.section ?? null, p.item ?? null, p.text);
      });
      r.reporting.forEach((l, i) => {
        line.run(id, i, l.from, l.to, l.relation, l.basis, l.condition ?? null, l.note ?? null);
        l.cites.forEach((c, j) => lineCite.run(id, i, j, c));
      });
      r.correspondence.forEach((c, i) => {
        for (const to of c.recipients) rule.run(id, i, to, c.scope ?? null, c.condition ?? null, c.signers.length ? 1 : 0);
        c.signers.forEach((s, j) => ruleActor.run(id, i, 'signer', j, s.actor, s.via));
        c.paraf.forEach((a, j) => ruleActor.run(id, i, 'paraf', j, a, null));
        c.responsible.forEach((a, j) => ruleActor.run(id, i, 'responsible', j, a, null));
        c.cites.forEach((p, j) => ruleCite.run(id, i, j, p));
      });
      for (const d of r.duties) {
        const t = d.excerpt ?? text.get(d.cites[0]);
        const row = duty.run(id, d.id, d.holder, d.cites[0], t, d.topics.join(','), d.note ?? null);
        // the duty's own text, as findDuties indexes it (a holder's name is not a duty word)
        fts.run(row.lastInsertRowid, m.fold(t));
      }
    }
  })();
  return db;
}

const citation = (row, p = '') => {
  const c = { regulation: row.reg, article: row[`${p}article`] };
  if (row[`${p}paragraph`] !== null) c.paragraph = row[`${p}paragraph`];
  if (row[`${p}section`] !== null) c.section = row[`${p}section`];
  if (row[`${p}item`] !== null) c.item = row[`${p}item`];
  c.id = row[`${p}pid`];
  c.label = row[`${p}label`];
  c.text = row[`${p}ptext`];
  return c;
};
const P = (alias) => `${alias}.id AS pid, ${alias}.label, ${alias}.article, ${alias}.paragraph, ${alias}.section, ${alias}.item, ${alias}.text AS ptext`;

/** The five questions as prepared statements; each function returns the answer as objects. */
export function questions(db, fold) {
  const regOf = db.prepare('SELECT reg FROM reg_name WHERE key = ?').pluck();
  const actorOf = db.prepare('SELECT a.id, a.name, a.kind FROM actor_name n JOIN actor a ON a.reg = n.reg AND a.id = n.id WHERE n.reg = ? AND n.key = ?');
  const resolve = (reg, subject) => {
    const r = regOf.all(fold(reg));
    if (r.length !== 1) throw new Error(`sqlite: regulation ${reg}: ${r.length} matches`);
    const a = actorOf.all(r[0], fold(subject));
    if (a.length !== 1) throw new Error(`sqlite: subject ${subject}: ${a.length} matches`);
    return [r[0], a[0]];
  };

  const lines = db.prepare(`
    SELECT l.reg, l.ord, l.relation, l.basis, l.condition, l.note, a.id AS aid, a.name AS aname, a.kind AS akind, ${P('p')}
    FROM line l JOIN actor a ON a.reg = l.reg AND a.id = l.to_id
    JOIN line_cite c ON c.reg = l.reg AND c.line_ord = l.ord JOIN provision p ON p.reg = l.reg AND p.id = c.prov
    WHERE l.reg = ? AND l.from_id = ? ORDER BY l.ord, c.ord`);
  /** reportsTo: every upward line with relation, basis, condition and cited text. */
  const reportsTo = (reg, subject) => {
    const [r, a] = resolve(reg, subject);
    const out = [];
    let cur;
    for (const row of lines.all(r, a.id)) {
      if (cur?.ord !== row.ord) {
        cur = { ord: row.ord, to: { id: row.aid, name: row.aname, kind: row.akind }, relation: row.relation, basis: row.basis, citations: [] };
        if (row.condition !== null) cur.condition = row.condition;
        if (row.note !== null) cur.note = row.note;
        out.push(cur);
      }
      cur.citations.push(citation(row));
    }
    return { regulation: r, subject: a, lines: out.map(({ ord: _o, ...l }) => l) };
  };

  // The chain, as a recursive CTE: from the subject, follow an unconditional line up, preferring
  // the target from which another target of the same actor can be reached in one step (the
  // nearest superior), then explicit before structural, then text order; depth-capped so a cycle
  // cannot run away.
  const chainSql = db.prepare(`
    WITH RECURSIVE chain (id, depth) AS (
      SELECT @id, 0
      UNION ALL
      SELECT (SELECT l.to_id FROM line l WHERE l.reg = @reg AND l.from_id = chain.id AND l.condition IS NULL
              ORDER BY EXISTS (SELECT 1 FROM line o JOIN line s ON s.reg = o.reg AND s.from_id = l.to_id AND s.to_id = o.to_id AND s.condition IS NULL
                               WHERE o.reg = @reg AND o.from_id = l.from_id AND o.condition IS NULL AND o.to_id <> l.to_id) DESC,
                       l.basis <> 'explicit', l.ord LIMIT 1),
             depth + 1
      FROM chain WHERE chain.id IS NOT NULL AND depth < 32
    )
    SELECT a.id, a.name, a.kind FROM chain JOIN actor a ON a.reg = @reg AND a.id = chain.id ORDER BY chain.depth`);
  const chainOfCommand = (reg, subject) => {
    const [r, a] = resolve(reg, subject);
    return chainSql.all({ reg: r, id: a.id });
  };

  const rules = db.prepare(`
    SELECT c.ord, c.scope, c.condition, c.signs, x.role, x.actor, x.via, a.name, a.kind FROM corr_rule c
    JOIN corr_actor x ON x.reg = c.reg AND x.rule_ord = c.ord JOIN actor a ON a.reg = c.reg AND a.id = x.actor
    WHERE c.reg = ? AND c.recipient = ? ORDER BY c.ord, x.role, x.ord`);
  const ruleCites = db.prepare(`
    SELECT DISTINCT p.reg, ${P('p')} FROM corr_rule c JOIN corr_cite k ON k.reg = c.reg AND k.rule_ord = c.ord
    JOIN provision p ON p.reg = c.reg AND p.id = k.prov WHERE c.reg = ? AND c.recipient = ? ORDER BY c.ord, k.ord`);
  /** whoSigns for a recipient class: signers (own or by delegation), paraf, responsible, citations. */
  const whoSigns = (reg, recipientClass) => {
    const r = regOf.all(fold(reg))[0];
    const signers = [];
    const paraf = [];
    const responsible = [];
    const seen = new Set();
    const scopes = new Set();
    for (const row of rules.all(r, recipientClass)) {
      if (row.signs && row.scope !== null) scopes.add(row.scope);
      if (seen.has(`${row.role}:${row.actor}`)) continue;
      seen.add(`${row.role}:${row.actor}`);
      const ref = { id: row.actor, name: row.name, kind: row.kind };
      if (row.role === 'signer') signers.push({ ...ref, via: row.via });
      else if (row.role === 'paraf') paraf.push(ref);
      else responsible.push(row.condition !== null ? { ...ref, condition: row.condition } : ref);
    }
    const status = signers.length ? 'explicit' : responsible.length ? 'responsible-only' : 'not-regulated';
    const out = { regulation: r, recipient: recipientClass, status, signers, paraf, responsible, citations: ruleCites.all(r, recipientClass).map((x) => citation(x)) };
    if (scopes.size) out.scope = [...scopes].join('; ');
    return out;
  };

  const duties = db.prepare(`
    SELECT d.reg, d.id, d.text, d.topics, d.note, ${P('p')} FROM duty d JOIN provision p ON p.reg = d.reg AND p.id = d.cite
    WHERE d.reg = ? AND d.holder = ? ORDER BY p.ord`);
  /** dutiesOf: the holder's duties in text order, with their verbatim text and citation. */
  const dutiesOf = (reg, subject) => {
    const [r, a] = resolve(reg, subject);
    return duties.all(r, a.id).map((row) => ({ id: row.id, regulation: r, holder: a, text: row.text, citation: citation(row), topics: row.topics ? row.topics.split(',') : [], ...(row.note !== null && { note: row.note }) }));
  };

  const searchSql = db.prepare(`
    SELECT d.reg, d.id, d.text, d.topics, h.id AS hid, h.name AS hname, h.kind AS hkind, ${P('p')}
    FROM duty_fts f JOIN duty d ON d.rowid = f.rowid JOIN actor h ON h.reg = d.reg AND h.id = d.holder
    JOIN provision p ON p.reg = d.reg AND p.id = d.cite
    WHERE duty_fts MATCH ? ORDER BY bm25(duty_fts)`);
  /** findDuties: every word a prefix of a word of the folded duty text, ranked by bm25. */
  const findDuties = (query) => {
    const match = [...new Set(fold(query).split(' '))].map((t) => `"${t}"*`).join(' ');
    return searchSql.all(match).map((row) => ({ id: row.id, regulation: row.reg, holder: { id: row.hid, name: row.hname, kind: row.hkind }, text: row.text, citation: citation(row), topics: row.topics ? row.topics.split(',') : [] }));
  };

  return { reportsTo, chainOfCommand, whoSigns, dutiesOf, findDuties };
}
