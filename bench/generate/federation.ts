// A realistic federation for benchmarks: provinces → (district federations until 30/06/2025) → commune/ward unions
// → grassroots unions of 20 to 20.000 members, skewed like real enterprises, with a year of records.
// Everything set-based inside the database (INSERT … SELECT FROM unnest/generate_series), many unions per statement,
// so it runs the same on PGlite and PostgreSQL with no COPY. Deterministic: the seed decides the shape and the
// database's own hash of each row's key (hashint8) decides the rows.
import { performance } from 'node:perf_hooks';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../server/db/client.ts';
import { nameRows } from './names.ts';
import { seededRandom, unionSizes } from './random.ts';

export interface GenerateOptions {
  unions: number;
  members: number;
  /** Provinces; more than one puts a confederation on top (default 1). */
  provinces?: number;
  seed?: number;
  /** The year of records (default 2026); the tree's reference date is 30/11 of it. */
  year?: number;
  /** Members per batch of unions (one transaction, one statement per table). */
  batchMembers?: number;
  /** Months of dues collected per member, from January (default 11). */
  duesMonths?: number;
  /** Monthly meetings with attendance taken, the last ones before the reference date (default 3). */
  attendanceMonths?: number;
  /**
   * Skip foreign-key checks and row triggers on the tables after the status events (session_replication_role =
   * replica, superuser only; default: when allowed). The status events always run their triggers (they derive the
   * status periods).
   */
  bulk?: boolean;
  log?: (line: string) => void;
}

export interface GeneratedFederation {
  rootId: number;
  provinceIds: number[];
  communeIds: number[];
  unionIds: number[];
  sizes: number[];
  /** The union with the most members. */
  largestUnionId: number;
  year: number;
  asOf: string;
  tables: TableStat[];
  seconds: number;
}

export interface TableStat { table: string; rows: number; seconds: number }

type Kind = 'private_enterprise' | 'fdi_enterprise' | 'state_enterprise' | 'public_unit' | 'agency' | 'cooperative';
const categoriesOf: Record<Kind, [string, string, string]> = {
  private_enterprise: ['cong_nhan_lao_dong', 'quan_ly', 'hop_dong'],
  fdi_enterprise: ['cong_nhan_lao_dong', 'quan_ly', 'hop_dong'],
  state_enterprise: ['cong_nhan_lao_dong', 'quan_ly', 'hop_dong'],
  public_unit: ['vien_chuc', 'hop_dong', 'quan_ly'],
  agency: ['can_bo_cong_chuc', 'hop_dong', 'khong_chuyen_trach'],
  cooperative: ['xa_vien', 'hop_dong', 'hop_dong'],
};
const enterpriseKinds: Kind[] = ['private_enterprise', 'fdi_enterprise', 'state_enterprise'];
const pick = <T>(random: () => number, table: readonly (readonly [T, number])[]): T => {
  let r = random() * table.reduce((a, [, w]) => a + w, 0);
  for (const [v, w] of table) {
    r -= w;
    if (r < 0) {
      return v;
    }
  }
  return table[table.length - 1][0];
};
const kindFor = (random: () => number, size: number): Kind => pick<Kind>(random, size >= 1000
  ? [['fdi_enterprise', 55], ['private_enterprise', 30], ['state_enterprise', 15]]
  : size >= 200
    ? [['private_enterprise', 45], ['fdi_enterprise', 30], ['state_enterprise', 10], ['public_unit', 10], ['agency', 5]]
    : [['private_enterprise', 45], ['public_unit', 20], ['agency', 15], ['cooperative', 8], ['fdi_enterprise', 7], ['state_enterprise', 5]]);

const provinceNames = ['Hà Nam', 'Ninh Bình', 'Thái Bình', 'Hưng Yên', 'Bắc Ninh', 'Hải Dương', 'Vĩnh Phúc', 'Phú Thọ', 'Thanh Hóa', 'Nghệ An'];
const placeNames = ['Hương Bình', 'Tân Phú', 'An Khánh', 'Phú Lợi', 'Hòa Bình', 'Đông Hưng', 'Tây Sơn', 'Bình An', 'Long Hải', 'Vĩnh Phúc',
  'Thanh Xuân', 'Hồng Hà', 'Quang Trung', 'Lê Lợi', 'Minh Khai', 'Kim Liên', 'Đồng Tâm', 'Phúc Thịnh', 'Trung Hòa', 'Yên Hòa'];
const companyWords = ['Hưng Thịnh', 'Phú Gia', 'Tân Tiến', 'Thành Công', 'Minh Phát', 'An Phát', 'Đại Việt', 'Hòa Phát', 'Việt Thắng', 'Sao Mai',
  'Thiên Long', 'Nam Tiến', 'Bảo Ngọc', 'Trường Sơn', 'Kim Long', 'Hoàng Gia', 'Phương Đông', 'Sông Hồng', 'Tiến Bộ', 'Thái Bình Dương'];
const fdiWords = ['Hanul Vina', 'Sunrise Garment', 'Pouyuen', 'Samwon Electronics', 'Daeyang', 'Yakjin', 'Formosa Textile', 'Nitori', 'Kyocera', 'Canon Parts'];
const trades = ['May mặc', 'Điện tử', 'Giày da', 'Cơ khí', 'Chế biến thực phẩm', 'Xây dựng', 'Vận tải', 'Dệt may', 'Gỗ nội thất', 'Bao bì'];

function unionName(kind: Kind, i: number, random: () => number): { name: string; short: string; host: string } {
  const w = companyWords[Math.floor(random() * companyWords.length)];
  const trade = trades[Math.floor(random() * trades.length)];
  const host = {
    private_enterprise: `Công ty TNHH ${trade} ${w} ${i}`,
    fdi_enterprise: `Công ty TNHH ${fdiWords[Math.floor(random() * fdiWords.length)]} ${i}`,
    state_enterprise: `Công ty cổ phần ${trade} ${w} ${i}`,
    public_unit: `Trường ${pick(random, [['Tiểu học', 1], ['Trung học cơ sở', 1], ['Mầm non', 1]])} ${w} ${i}`,
    agency: `Ủy ban nhân dân ${pick(random, [['xã', 1], ['phường', 1]])} ${placeNames[i % placeNames.length]} ${i}`,
    cooperative: `Hợp tác xã ${trade} ${w} ${i}`,
  }[kind];
  return { name: `Công đoàn cơ sở ${host}`.slice(0, 200), short: `CĐCS ${host}`.slice(0, 100), host };
}

/** Scratch functions for the generator (dropped at the end): a row's hash, its member's life and dues. */
const scratch = (y: number) => `
CREATE SCHEMA IF NOT EXISTS bench_gen;
CREATE TABLE bench_gen.names (sex text NOT NULL, idx integer NOT NULL, full_name text NOT NULL, sort_key text NOT NULL,
  search_key text NOT NULL, PRIMARY KEY (sex, idx));
CREATE FUNCTION bench_gen.h(x bigint, salt integer) RETURNS bigint LANGUAGE sql IMMUTABLE
  AS 'SELECT hashint8(x * 256 + salt)::bigint + 2147483648';
-- Left (4 %), between 01/07/2025 and 13/11/${y}, after joining.
CREATE FUNCTION bench_gen.left_on(id integer, joined date) RETURNS date LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN bench_gen.h(id, 10) % 1000 < 40 AND date '${y - 1}-07-01' + (bench_gen.h(id, 11) % 500)::int > joined
    THEN date '${y - 1}-07-01' + (bench_gen.h(id, 11) % 500)::int END $$;
-- Suspended (2 % of those who stay), half of them back 90 days later.
CREATE FUNCTION bench_gen.suspended_on(id integer, joined date) RETURNS date LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN bench_gen.h(id, 10) % 1000 BETWEEN 40 AND 59 AND date '${y - 1}-09-01' + (bench_gen.h(id, 13) % 300)::int > joined
    THEN date '${y - 1}-09-01' + (bench_gen.h(id, 13) % 300)::int END $$;
CREATE FUNCTION bench_gen.resumed_on(id integer, joined date) RETURNS date LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN bench_gen.h(id, 14) % 2 = 0 AND bench_gen.suspended_on(id, joined) + 90 <= date '${y}-11-30'
    THEN bench_gen.suspended_on(id, joined) + 90 END $$;
-- Monthly insurance salary 4.960.000 – 14.960.000 đ; dues 1 %.
CREATE FUNCTION bench_gen.base(id integer) RETURNS bigint LANGUAGE sql IMMUTABLE
  AS 'SELECT 4960000 + (bench_gen.h(id, 30) % 10001) * 1000';
-- Member in the union for the whole month (joined before it, not left or suspended in it).
CREATE FUNCTION bench_gen.in_month(id integer, joined date, m date) RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT joined < m AND (bench_gen.left_on(id, joined) IS NULL OR bench_gen.left_on(id, joined) >= (m + interval '1 month')::date)
    AND (bench_gen.suspended_on(id, joined) IS NULL OR bench_gen.suspended_on(id, joined) >= (m + interval '1 month')::date
      OR bench_gen.resumed_on(id, joined) <= m) $$;
-- Paid the month's dues: the union's collection rate (85–100 %) decides.
CREATE FUNCTION bench_gen.pays(id integer, joined date, org integer, m date) RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT bench_gen.in_month(id, joined, m)
    AND bench_gen.h(id, 100 + extract(month FROM m)::int) % 100 < 85 + bench_gen.h(org, 31) % 16 $$;
`;

export async function generateFederation(db: Db, o: GenerateOptions): Promise<GeneratedFederation> {
  const log = o.log ?? ((line: string) => console.log(line));
  const y = o.year ?? 2026;
  const asOf = `${y}-11-30`;
  const random = seededRandom(o.seed ?? 2026);
  const batchMembers = o.batchMembers ?? 100_000;
  const duesMonths = Math.min(o.duesMonths ?? 11, 11);
  const attendanceMonths = Math.min(o.attendanceMonths ?? 3, 11);
  const provinces = Math.max(1, o.provinces ?? 1);
  const started = performance.now();
  const stats = new Map<string, TableStat>();
  const run = async (table: string, query: RawBuilder<unknown>, into: Db = db) => {
    const t0 = performance.now();
    const r = await query.execute(into);
    const s = stats.get(table) ?? { table, rows: 0, seconds: 0 };
    s.rows += Number(r.numAffectedRows ?? 0);
    s.seconds += (performance.now() - t0) / 1000;
    stats.set(table, s);
    return r;
  };

  const superuser = (await sql<{ s: boolean }>`SELECT rolsuper AS s FROM pg_roles WHERE rolname = current_user`.execute(db)).rows[0]?.s ?? false;
  const bulk = (o.bulk ?? true) && superuser;
  await sql`DROP SCHEMA IF EXISTS bench_gen CASCADE`.execute(db);
  await sql.raw(scratch(y)).execute(db);
  const names = nameRows();
  await run('(names)', sql`INSERT INTO bench_gen.names (sex, idx, full_name, sort_key, search_key)
    SELECT * FROM unnest(${names.map((n) => n.sex)}::text[], ${names.map((n) => n.idx)}::int[], ${names.map((n) => n.fullName)}::text[],
      ${names.map((n) => n.sortKey)}::text[], ${names.map((n) => n.searchKey)}::text[])`);
  const perSex = names.filter((n) => n.sex === 'male').length;

  // ── The tree ──
  const sizes = unionSizes(random, o.unions, o.members);
  const insertOrgs = async (rows: { code: string; est: string; ended?: string; place: string; host?: string }[]) => {
    const r = await run('organisations', sql<{ id: number; code: string }>`INSERT INTO organisations
        (code, established_on, ended_on, end_reason, place_name, host_name, signer_name)
      SELECT code, est, ended, CASE WHEN ended IS NULL THEN NULL ELSE 'dissolved' END, place, host, 'Nguyễn Văn Chủ Tịch'
      FROM unnest(${rows.map((r) => r.code)}::text[], ${rows.map((r) => r.est)}::date[], ${rows.map((r) => r.ended ?? null)}::date[],
        ${rows.map((r) => r.place)}::text[], ${rows.map((r) => r.host ?? null)}::text[]) AS t(code, est, ended, place, host)
      RETURNING id, code`);
    const byCode = new Map((r.rows as { id: number; code: string }[]).map((x) => [x.code, x.id]));
    return rows.map((x) => byCode.get(x.code)!);
  };
  const insertVersions = (rows: { org: number; from: string; to?: string; name: string; short: string; kind: string; parent: number | null }[]) =>
    run('org_versions', sql`INSERT INTO org_versions (org_id, valid_from, valid_to, name, short_name, kind, parent_id)
      SELECT * FROM unnest(${rows.map((r) => r.org)}::int[], ${rows.map((r) => r.from)}::date[], ${rows.map((r) => r.to ?? null)}::date[],
        ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.short)}::text[], ${rows.map((r) => r.kind)}::text[],
        ${rows.map((r) => r.parent)}::int[])`);

  let rootId: number | null = null;
  if (provinces > 1) {
    [rootId] = await insertOrgs([{ code: 'BENCH-TLD', est: '1990-01-01', place: 'Hà Nội' }]);
    await insertVersions([{ org: rootId, from: '1990-01-01', name: 'Tổng Liên đoàn Lao động (thử tải)', short: 'TLĐ thử tải', kind: 'confederation', parent: null }]);
  }
  const provinceIds = await insertOrgs(Array.from({ length: provinces }, (_, p) => ({ code: `BENCH-P${p + 1}`, est: '1990-01-01', place: provinceNames[p % 10] })));
  await insertVersions(provinceIds.map((id, p) => ({
    org: id, from: '1990-01-01', name: `Liên đoàn Lao động tỉnh ${provinceNames[p % 10]}${p >= 10 ? ` ${p + 1}` : ''}`,
    short: `LĐLĐ tỉnh ${provinceNames[p % 10]}${p >= 10 ? ` ${p + 1}` : ''}`, kind: 'provincial_federation', parent: rootId,
  })));
  rootId ??= provinceIds[0];

  // Unions shuffled over the provinces and communes (about 40 grassroots unions per commune, 8 communes per district).
  const unionProvince = sizes.map((_, i) => i % provinces);
  const communeOf: number[] = [];
  const communeSpecs: { code: string; province: number; district: number }[] = [];
  const districtSpecs: { code: string; province: number }[] = [];
  for (let p = 0; p < provinces; p += 1) {
    const mine = unionProvince.flatMap((q, i) => (q === p ? [i] : []));
    const communes = Math.max(1, Math.ceil(mine.length / 40));
    const firstCommune = communeSpecs.length;
    for (let c = 0; c < communes; c += 1) {
      if (c % 8 === 0) {
        districtSpecs.push({ code: `BENCH-P${p + 1}-H${c / 8 + 1}`, province: p });
      }
      communeSpecs.push({ code: `BENCH-P${p + 1}-X${c + 1}`, province: p, district: districtSpecs.length - 1 });
    }
    for (const i of mine) {
      communeOf[i] = firstCommune + Math.floor(random() * communes);
    }
  }
  const districtIds = await insertOrgs(districtSpecs.map((d) => ({ code: d.code, est: '1995-01-01', ended: '2025-07-01', place: placeNames[districtSpecs.indexOf(d) % 20] })));
  await insertVersions(districtSpecs.map((d, i) => ({
    org: districtIds[i], from: '1995-01-01', name: `Liên đoàn Lao động huyện ${placeNames[i % 20]} ${i + 1}`,
    short: `LĐLĐ huyện ${placeNames[i % 20]} ${i + 1}`, kind: 'district_federation', parent: provinceIds[d.province],
  })));
  const communeIds = await insertOrgs(communeSpecs.map((c, i) => ({ code: c.code, est: '2025-07-01', place: placeNames[i % 20] })));
  await insertVersions(communeSpecs.map((c, i) => ({
    org: communeIds[i], from: '2025-07-01', name: `Công đoàn ${i % 2 === 0 ? 'phường' : 'xã'} ${placeNames[i % 20]} ${i + 1}`,
    short: `CĐ ${i % 2 === 0 ? 'phường' : 'xã'} ${placeNames[i % 20]} ${i + 1}`, kind: 'commune_union', parent: provinceIds[c.province],
  })));

  // Grassroots unions: most before the 2025 reform (under a district federation, then a commune union), 5 % after.
  const kinds = sizes.map((s) => kindFor(random, s));
  const established = sizes.map(() => {
    const late = random() < 0.05;
    const day = late ? Math.floor(random() * 360) : Math.floor(random() * 365 * 24);
    const d = new Date(Date.UTC(late ? y - 1 : 2000, late ? 6 : 0, 1) + day * 86_400_000);
    return d.toISOString().slice(0, 10);
  });
  const unionMeta = sizes.map((_, i) => unionName(kinds[i], i + 1, random));
  const femalePct = sizes.map((_, i) => (['fdi_enterprise', 'public_unit'].includes(kinds[i]) ? 60 + Math.floor(random() * 25) : 30 + Math.floor(random() * 35)));
  const unionIds: number[] = [];
  for (let i = 0; i < sizes.length; i += 5000) {
    const slice = sizes.slice(i, i + 5000).map((_, j) => i + j);
    unionIds.push(...await insertOrgs(slice.map((u) => ({ code: `BENCH-U${u + 1}`, est: established[u], place: placeNames[u % 20], host: unionMeta[u].host }))));
    await insertVersions(slice.flatMap((u) => {
      const commune = communeIds[communeOf[u]];
      const district = districtIds[communeSpecs[communeOf[u]].district];
      const base = { org: unionIds[u], name: unionMeta[u].name, short: unionMeta[u].short, kind: kinds[u] };
      return established[u] < '2025-07-01'
        ? [{ ...base, from: established[u], to: '2025-07-01', parent: district }, { ...base, from: '2025-07-01', parent: commune }]
        : [{ ...base, from: established[u], parent: commune }];
    }));
  }
  log(`foreign-key checks and row triggers after the status events: ${bulk ? 'skipped (session_replication_role = replica)' : 'on'}`);
  log(`tree: ${provinces} province(s), ${districtIds.length} district federations (until 30/06/2025), ${communeIds.length} commune unions, ${unionIds.length} grassroots unions`);

  // ── Members and their records, a batch of unions at a time ──
  let done = 0;
  let membersDone = 0;
  for (let start = 0; start < unionIds.length;) {
    let end = start;
    let n = 0;
    while (end < unionIds.length && (end === start || n + sizes[end] <= batchMembers)) {
      n += sizes[end];
      end += 1;
    }
    const idx = Array.from({ length: end - start }, (_, j) => start + j);
    const orgs = idx.map((u) => unionIds[u]);
    await db.transaction().execute(async (tx) => {
      await membersBatch(tx, run, {
        y, orgs, perSex, duesMonths, attendanceMonths, bulk,
        sizes: idx.map((u) => sizes[u]), female: idx.map((u) => femalePct[u]), est: idx.map((u) => established[u]),
        cats: idx.map((u) => categoriesOf[kinds[u]]), enterprise: idx.map((u) => enterpriseKinds.includes(kinds[u])),
        parents: idx.map((u) => communeIds[communeOf[u]]),
      });
    });
    done = end;
    membersDone += n;
    const secs = (performance.now() - started) / 1000;
    log(`  ${done}/${unionIds.length} unions, ${membersDone} members, ${secs.toFixed(0)} s`);
    start = end;
  }

  await sql`DROP SCHEMA bench_gen CASCADE`.execute(db);
  const t0 = performance.now();
  await sql`ANALYZE`.execute(db);
  stats.set('(analyze)', { table: '(analyze)', rows: 0, seconds: (performance.now() - t0) / 1000 });
  const largest = sizes.indexOf(Math.max(...sizes));
  return {
    rootId, provinceIds, communeIds, unionIds, sizes, largestUnionId: unionIds[largest], year: y, asOf,
    tables: [...stats.values()], seconds: (performance.now() - started) / 1000,
  };
}

interface Batch {
  y: number;
  orgs: number[];
  sizes: number[];
  female: number[];
  est: string[];
  cats: [string, string, string][];
  enterprise: boolean[];
  parents: number[];
  perSex: number;
  duesMonths: number;
  attendanceMonths: number;
  bulk: boolean;
}

type Run = (table: string, query: RawBuilder<unknown>, into?: Db) => Promise<unknown>;


async function membersBatch(tx: Db, run0: Run, b: Batch) {
  const run = (table: string, query: RawBuilder<unknown>) => run0(table, query, tx);
  // '(analyze)': fresh statistics inside the batch's transaction, so the next statements' joins and the foreign-key
  // checks (planned once per connection, possibly while a table was empty) are planned for the rows just written.
  const { y, orgs } = b;
  const inBatch = sql`${orgs}::int[]`;
  const asOf = `${y}-11-30`;

  await run('members', sql`INSERT INTO members (org_id, code, full_name, sort_key, search_key, sex, birth_date, category, party_member, joined_on)
    SELECT u.org_id, r.code, n.full_name, n.sort_key, n.search_key || ' ' || lower(r.code), n.sex, r.birth,
      CASE WHEN r.h3 % 100 < 80 THEN u.c1 WHEN r.h3 % 100 < 92 THEN u.c2 ELSE u.c3 END,
      r.h3 % 1000 < 80,
      r.earliest + (r.h4 % GREATEST(1, ${`${y}-10-31`}::date - r.earliest))::int
    FROM unnest(${orgs}::int[], ${b.sizes}::int[], ${b.female}::int[], ${b.est}::date[],
        ${b.cats.map((c) => c[0])}::text[], ${b.cats.map((c) => c[1])}::text[], ${b.cats.map((c) => c[2])}::text[])
      AS u(org_id, n, female_pct, est, c1, c2, c3)
    CROSS JOIN LATERAL generate_series(1, u.n) AS g(i)
    CROSS JOIN LATERAL (SELECT s.*, GREATEST(u.est, (s.birth + interval '18 years')::date) AS earliest FROM (SELECT
      'DV' || lpad(g.i::text, 5, '0') AS code,
      bench_gen.h(u.org_id::bigint * 100000 + g.i, 1) AS h1,
      date '1966-01-01' + (bench_gen.h(u.org_id::bigint * 100000 + g.i, 2) % (38 * 365))::int AS birth,
      bench_gen.h(u.org_id::bigint * 100000 + g.i, 3) AS h3,
      bench_gen.h(u.org_id::bigint * 100000 + g.i, 4) AS h4) s) r
    JOIN bench_gen.names n ON n.sex = CASE WHEN r.h1 % 100 < u.female_pct THEN 'female' ELSE 'male' END
      AND n.idx = (r.h1 / 100) % ${b.perSex}`);
  await run('(analyze)', sql.raw('ANALYZE members'));

  // Status history in one statement, so the periods' triggers run once for the batch.
  await run('member_status_events', sql`INSERT INTO member_status_events (org_id, member_id, kind, on_date, reason)
    SELECT org_id, id, 'admitted', joined_on, NULL FROM members WHERE org_id = ANY(${inBatch})
    UNION ALL SELECT org_id, id, 'left', d, 'Nghỉ việc' FROM (SELECT org_id, id, bench_gen.left_on(id, joined_on) AS d FROM members WHERE org_id = ANY(${inBatch})) s WHERE d IS NOT NULL
    UNION ALL SELECT org_id, id, 'suspended', d, 'Nghỉ không lương' FROM (SELECT org_id, id, bench_gen.suspended_on(id, joined_on) AS d FROM members WHERE org_id = ANY(${inBatch})) s WHERE d IS NOT NULL
    UNION ALL SELECT org_id, id, 'resumed', d, NULL FROM (SELECT org_id, id, bench_gen.resumed_on(id, joined_on) AS d FROM members WHERE org_id = ANY(${inBatch})) s WHERE d IS NOT NULL`);
  await run('(analyze)', sql.raw('ANALYZE member_status_events, derived.member_status_periods'));

  // The rest is valid by construction: like pg_restore --disable-triggers, skip the foreign-key checks and the
  // row triggers (none of them derives data) for this transaction when the role may (superuser; PGlite is).
  if (b.bulk) {
    await sql`SET LOCAL session_replication_role = replica`.execute(tx);
  }

  // ── Finance: one fund, dues bases, a dues receipt per month, remittances, welfare visits, activity costs ──
  await run('funds', sql`INSERT INTO funds (org_id, code, name, kind, opening_on, opening_balance)
    SELECT o, 'kinh-phi-doan-phi', 'Kinh phí, đoàn phí', 'union_finance', ${`${y}-01-01`}::date, 5000000 + bench_gen.h(o, 40) % 50 * 1000000
    FROM unnest(${inBatch}) AS o`);
  await run('member_dues_bases', sql`INSERT INTO member_dues_bases (org_id, member_id, from_month, kind, amount)
    SELECT org_id, id, date_trunc('month', joined_on)::date, 'insurance_salary', bench_gen.base(id) FROM members WHERE org_id = ANY(${inBatch})`);
  const months = sql`(SELECT make_date(${y}, mo, 1) AS m FROM generate_series(1, ${b.duesMonths}) AS mo)`;
  await run('ledger_entries', sql`INSERT INTO ledger_entries (org_id, fund_id, direction, year, seq, entry_date, account, amount, category, counterparty, description)
    SELECT s.org_id, f.id, 'receipt', ${y}, row_number() OVER (PARTITION BY s.org_id ORDER BY s.m), s.m + 24, 'bank', s.amount, 'dues',
      'Bộ phận tiền lương', 'Thu đoàn phí tháng ' || to_char(s.m, 'MM/YYYY') || ' (trích qua lương)'
    FROM (SELECT m.org_id, mo.m, sum(bench_gen.base(m.id) / 100) AS amount
      FROM members m CROSS JOIN ${months} mo
      WHERE m.org_id = ANY(${inBatch}) AND bench_gen.pays(m.id, m.joined_on, m.org_id, mo.m) GROUP BY m.org_id, mo.m) s
    JOIN funds f ON f.org_id = s.org_id AND f.code = 'kinh-phi-doan-phi'`);
  await run('(analyze)', sql.raw('ANALYZE ledger_entries, funds'));
  await run('dues_payments', sql`INSERT INTO dues_payments (org_id, member_id, month, amount, ledger_entry_id)
    SELECT m.org_id, m.id, mo.m, bench_gen.base(m.id) / 100, le.id
    FROM members m CROSS JOIN ${months} mo
    JOIN ledger_entries le ON le.org_id = m.org_id AND le.direction = 'receipt' AND le.category = 'dues' AND le.year = ${y} AND le.entry_date = mo.m + 24
    WHERE m.org_id = ANY(${inBatch}) AND bench_gen.pays(m.id, m.joined_on, m.org_id, mo.m)`);
  // Payments, numbered in date order: 40 % of each quarter's dues sent up, welfare visits (5 % of members), activity costs.
  await run('ledger_entries', sql`INSERT INTO ledger_entries (org_id, fund_id, direction, year, seq, entry_date, account, amount, category, member_id, counterparty, description)
    SELECT p.org_id, f.id, 'payment', ${y}, row_number() OVER (PARTITION BY p.org_id ORDER BY p.d, p.category, p.member_id), p.d, p.account, p.amount,
      p.category, p.member_id, p.counterparty, p.description
    FROM (
      SELECT le.org_id, (date_trunc('quarter', le.entry_date) + interval '3 months' - interval '1 day')::date AS d, 'bank' AS account,
        sum(le.amount) * 40 / 100 AS amount, 'remittance' AS category, NULL::int AS member_id, 'Công đoàn cấp trên' AS counterparty,
        'Nộp đoàn phí quý ' || extract(quarter FROM le.entry_date) || '/${sql.raw(String(y))} lên công đoàn cấp trên' AS description
      FROM ledger_entries le WHERE le.org_id = ANY(${inBatch}) AND le.year = ${y} AND le.category = 'dues'
        AND date_trunc('quarter', le.entry_date) + interval '3 months' - interval '1 day' <= ${asOf}::date
      GROUP BY le.org_id, date_trunc('quarter', le.entry_date), extract(quarter FROM le.entry_date)
      UNION ALL
      SELECT m.org_id, ${`${y}-01-05`}::date + (bench_gen.h(m.id, 50) % 320)::int, 'cash', (2 + bench_gen.h(m.id, 51) % 9) * 100000, 'welfare', m.id,
        NULL, 'Thăm hỏi đoàn viên ' || m.full_name
      FROM members m WHERE m.org_id = ANY(${inBatch}) AND bench_gen.h(m.id, 52) % 100 < 5 AND bench_gen.left_on(m.id, m.joined_on) IS NULL
        AND m.joined_on < ${`${y}-01-05`}::date
      UNION ALL
      SELECT o, make_date(${y}, q * 3, 20), 'cash', (1 + bench_gen.h(o, 60 + q) % 5) * 1000000, 'activities', NULL, NULL,
        'Chi tổ chức hoạt động phong trào quý ' || q
      FROM unnest(${inBatch}) AS o CROSS JOIN generate_series(1, 3) AS q
    ) p JOIN funds f ON f.org_id = p.org_id AND f.code = 'kinh-phi-doan-phi'`);
  await run('welfare_events', sql`INSERT INTO welfare_events (org_id, kind, event_date, description, ledger_entry_id)
    SELECT org_id, (ARRAY['sickness', 'sickness', 'bereavement', 'wedding', 'hardship'])[1 + bench_gen.h(member_id, 53) % 5], entry_date,
      description, id
    FROM ledger_entries WHERE org_id = ANY(${inBatch}) AND year = ${y} AND category = 'welfare'`);
  await run('(analyze)', sql.raw('ANALYZE welfare_events, ledger_entries'));
  await run('welfare_beneficiaries', sql`INSERT INTO welfare_beneficiaries (org_id, event_id, member_id, amount)
    SELECT e.org_id, e.id, le.member_id, le.amount FROM welfare_events e JOIN ledger_entries le ON le.id = e.ledger_entry_id
    WHERE e.org_id = ANY(${inBatch})`);
  await run('ledger_sequences', sql`INSERT INTO ledger_sequences (org_id, direction, year, last_seq)
    SELECT org_id, direction, year, max(seq) FROM ledger_entries WHERE org_id = ANY(${inBatch}) GROUP BY org_id, direction, year`);

  // ── Emulation: registrations in February, a decision in November for 60 % of unions, titles, classification ──
  const regDay = `${y}-02-15`;
  await run('emulation_registrations', sql`INSERT INTO emulation_registrations (org_id, member_id, year, title, registered_on)
    SELECT m.org_id, m.id, ${y}, t.title, ${regDay}::date
    FROM members m CROSS JOIN (VALUES ('ldtt', 70), ('cstdcs', 6)) AS t(title, pct)
    WHERE m.org_id = ANY(${inBatch}) AND m.joined_on <= ${regDay}::date AND bench_gen.in_month(m.id, m.joined_on, ${`${y}-02-01`}::date)
      AND bench_gen.h(m.id, CASE t.title WHEN 'ldtt' THEN 70 ELSE 71 END) % 100 < t.pct`);
  await run('emulation_collective_registrations', sql`INSERT INTO emulation_collective_registrations (org_id, year, holder, goal, registered_on)
    SELECT o, ${y}, 'union', 'Công đoàn cơ sở vững mạnh', ${regDay}::date FROM unnest(${inBatch}) AS o`);
  await run('emulation_decisions', sql`INSERT INTO emulation_decisions (org_id, number, issued_on, issuer, issuer_level)
    SELECT o, (1 + bench_gen.h(o, 80) % 90) || '/QĐ-CĐCS', ${`${y}-11-20`}::date, 'Ban Chấp hành Công đoàn cơ sở', 'grassroots'
    FROM unnest(${inBatch}) AS o WHERE bench_gen.h(o, 81) % 100 < 60`);
  await run('(analyze)', sql.raw('ANALYZE emulation_registrations, emulation_decisions'));
  await run('emulation_results', sql`INSERT INTO emulation_results (org_id, member_id, year, title, status, decision_id)
    SELECT r.org_id, r.member_id, r.year, r.title, CASE WHEN d.id IS NULL THEN 'proposed' ELSE 'decided' END, d.id
    FROM emulation_registrations r LEFT JOIN emulation_decisions d ON d.org_id = r.org_id
    WHERE r.org_id = ANY(${inBatch}) AND r.year = ${y} AND r.title IN ('ldtt', 'cstdcs')
      AND bench_gen.h(r.member_id, 82) % 100 < CASE WHEN d.id IS NULL THEN 30 ELSE 85 END`);
  await run('union_classifications', sql`INSERT INTO union_classifications (org_id, year, self_grade, decided_grade, decision_id)
    SELECT o, ${y}, g, CASE WHEN d.id IS NULL THEN NULL ELSE g END, d.id
    FROM unnest(${inBatch}) AS o LEFT JOIN emulation_decisions d ON d.org_id = o
    CROSS JOIN LATERAL (SELECT (ARRAY['htxsnv', 'httnv', 'httnv', 'httnv', 'htnv', 'htnv', 'khtnv'])[1 + bench_gen.h(o, 83) % 7] AS g) s
    WHERE bench_gen.h(o, 84) % 100 < 75`);

  // ── Activities: the monthly union meeting; attendance taken at the last ones ──
  await run('activities', sql`INSERT INTO activities (org_id, kind_id, title, held_on, start_time, place, audience, attendance_taken_at)
    SELECT o, k.id, 'Sinh hoạt công đoàn tháng ' || mo || '/${sql.raw(String(y))}', make_date(${y}, mo, 10), '16:30', 'Hội trường', 'union',
      CASE WHEN mo > 11 - ${b.attendanceMonths} THEN make_date(${y}, mo, 10)::timestamptz + interval '18 hours' END
    FROM unnest(${inBatch}) AS o CROSS JOIN generate_series(1, 11) AS mo
    JOIN activity_kinds k ON k.org_id IS NULL AND k.code = 'sinh-hoat-cong-doan'`);
  await run('(analyze)', sql.raw('ANALYZE activities'));
  await run('activity_attendance', sql`INSERT INTO activity_attendance (org_id, activity_id, member_id, status)
    SELECT a.org_id, a.id, m.id,
      CASE WHEN bench_gen.h(m.id, 90 + extract(month FROM a.held_on)::int) % 100 < 85 THEN 'present'
        WHEN bench_gen.h(m.id, 90 + extract(month FROM a.held_on)::int) % 100 < 95 THEN 'excused' ELSE 'absent' END
    FROM activities a JOIN members m ON m.org_id = a.org_id
    WHERE a.org_id = ANY(${inBatch}) AND a.attendance_taken_at IS NOT NULL
      AND bench_gen.in_month(m.id, m.joined_on, date_trunc('month', a.held_on)::date)`);

  // ── Enterprise records: workforce on 30/06, agreements, dialogues; report drafts and submissions ──
  const u = sql`unnest(${orgs}::int[], ${b.sizes}::int[], ${b.female}::int[], ${b.enterprise}::boolean[], ${b.parents}::int[])
    AS u(o, n, female_pct, enterprise, parent)`;
  await run('workforce_figures', sql`INSERT INTO workforce_figures (org_id, as_of, employees, women, members_count, contracts_indefinite,
      contracts_fixed_term, social_insured, health_insured, unemployment_insured)
    SELECT o, ${`${y}-06-30`}::date, e, e * female_pct / 100, n, e * 55 / 100, e * 40 / 100, e * 95 / 100, e * 97 / 100, e * 93 / 100
    FROM ${u} CROSS JOIN LATERAL (SELECT (n * 100 / (60 + bench_gen.h(o, 91) % 41))::int AS e) s
    WHERE bench_gen.h(o, 92) % 100 < 85`);
  await run('collective_agreements', sql`INSERT INTO collective_agreements (org_id, title, region, workers_total, votes_for, voted_on, signed_on,
      effective_from, expires_on, sent_to_authority_on)
    SELECT o, 'Thỏa ước lao động tập thể', (ARRAY['I', 'II', 'III', 'IV'])[1 + bench_gen.h(o, 93) % 4], w, w * 80 / 100,
      s.eff - 20, s.eff - 10, s.eff, (s.eff + interval '3 years' - interval '1 day')::date, s.eff - 5
    FROM ${u} CROSS JOIN LATERAL (SELECT GREATEST(n, 1) AS w,
      CASE WHEN bench_gen.h(o, 94) % 100 < 80 THEN date '2024-04-01' ELSE date '2021-04-01' END AS eff) s
    WHERE enterprise AND bench_gen.h(o, 95) % 100 < 55`);
  await run('workplace_meetings', sql`INSERT INTO workplace_meetings (org_id, kind, held_on, worker_reps_expected, worker_reps_present, headcount, published_on)
    SELECT o, 'periodic', make_date(${y}, mo, 15), r, r - (bench_gen.h(o, 96) % 2)::int, GREATEST(n, 1), make_date(${y}, mo, 18)
    FROM ${u} CROSS JOIN LATERAL (SELECT LEAST(GREATEST(3, n / 100), 60)::int AS r) s CROSS JOIN (VALUES (6), (11)) AS t(mo)
    WHERE enterprise AND bench_gen.h(o, 97) % 100 < CASE mo WHEN 6 THEN 85 ELSE 30 END`);
  // Report of the year: 35 % not started, 30 % a draft, 10 % finalised, 25 % submitted to the commune union.
  await run('report_drafts', sql`INSERT INTO report_drafts (org_id, year, doc_type, issued_on)
    SELECT o, ${y}, 'annual', ${`${y}-11-25`}::date FROM ${u} WHERE bench_gen.h(o, 98) % 100 >= 35`);
  await run('document_numbers', sql`INSERT INTO document_numbers (org_id, year, last_number)
    SELECT o, ${y}, 1 FROM ${u} WHERE bench_gen.h(o, 98) % 100 >= 65`);
  await run('report_versions', sql`INSERT INTO report_versions (org_id, year, doc_type, version, number, number_text, issued_on, template,
      snapshot, docx, finalised_at, submitted_at, submitted_to)
    SELECT o, ${y}, 'annual', 1, 1, '01/BC-CĐCS', ${`${y}-11-25`}::date, 'agency', '{"document": null, "figures": {}}'::jsonb, '\\x504b0304'::bytea,
      ${`${y}-11-26T09:00:00+07:00`}::timestamptz,
      CASE WHEN bench_gen.h(o, 98) % 100 >= 75 THEN ${`${y}-11-27T10:00:00+07:00`}::timestamptz + (bench_gen.h(o, 99) % 72) * interval '1 hour' END,
      CASE WHEN bench_gen.h(o, 98) % 100 >= 75 THEN parent END
    FROM ${u} WHERE bench_gen.h(o, 98) % 100 >= 65`);
}
