import type { Db } from '../db/client.ts';
import type { Role } from '../db/schema.ts';
import { memberInput } from '../../shared/contracts/members.contract.ts';
import type { OrgKindCode } from '../../shared/contracts/orgs.contract.ts';
import { insertUser } from '../modules/accounts/accounts.service.ts';
import { insertMember } from '../modules/members/members.repo.ts';
import { loadEnterpriseDues } from './enterprise-dues-2025-2026.ts';
import { loadEnterpriseEmulation2026 } from './enterprise-emulation-2026.ts';
import { loadEnterpriseWorkforce } from './enterprise-workforce.ts';
import { enterpriseMembers } from './enterprise-members.ts';
import { loadEnterpriseSafety } from './enterprise-safety.ts';
import { loadEnterpriseRecruitment } from './enterprise-recruitment.ts';
import { loadEnterpriseAgreement } from './enterprise-agreement.ts';
import { loadEnterpriseDialogue } from './enterprise-dialogue.ts';
import { loadEnterpriseYear2026 } from './enterprise-year-2026.ts';
import { huongBinhChildren, huongBinhMembers } from './huong-binh-members.ts';
import { HUONG_BINH_REPORT_DATE_2023, huongBinhReport2023 } from './huong-binh-report-2023.ts';
import { loadHuongBinhEmulation2023 } from './huong-binh-emulation-2023.ts';
import { loadHuongBinhFinance2023 } from './huong-binh-finance-2023.ts';
import { loadHuongBinhActivities2023 } from './huong-binh-activities-2023.ts';
import { loadHuongBinhDocuments } from './huong-binh-documents.ts';
import { loadHuongBinhPlans } from './huong-binh-plan-2024.ts';
import { today } from '../core/clock.ts';

/** Every demo account has this password; the demo loader is the only place that creates them. */
export const DEMO_PASSWORD = 'congdoan-demo';

export const DEMO_CODES = {
  province: 'LDLD-HUE',
  district: 'LDLD-HUONGTRA',
  ward: 'CD-PHUONG-HUONGSON',
  seed: 'CDCS-HUONGBINH',
  enterprise: 'CDCS-MAYHUONGSON',
} as const;

interface Version { from: string; name: string; shortName: string; kind: OrgKindCode; parent: number | null; note?: string }

export interface DemoIds {
  province: number; district: number; ward: number; seed: number; enterprise: number;
  seedGroups: [number, number]; enterpriseGroups: [number, number, number];
}

async function addOrg(db: Db, code: string, establishedOn: string, versions: Version[], extra: Partial<{
  host_name: string; address: string; place_name: string; signer_name: string; report_recipients: string[];
  established_decision: string;
}> = {}): Promise<number> {
  const org = await db.insertInto('organisations').values({ code, established_on: establishedOn, ...extra })
    .returning('id').executeTakeFirstOrThrow();
  for (const [i, v] of versions.entries()) {
    await db.insertInto('org_versions').values({
      org_id: org.id, valid_from: v.from, valid_to: versions[i + 1]?.from ?? null, name: v.name,
      short_name: v.shortName, kind: v.kind, parent_id: v.parent, change_note: v.note ?? null,
    }).execute();
  }
  return org.id;
}

/** Loads the demo tree, members and accounts into an empty database. */
export async function loadDemo(db: Db): Promise<DemoIds> {
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('organisations').select('id').where('code', '=', DEMO_CODES.seed).executeTakeFirst();
    if (existing) {
      throw new Error('Dữ liệu mẫu đã có trong cơ sở dữ liệu này');
    }
    const province = await addOrg(tx, DEMO_CODES.province, '1976-01-01', [
      { from: '1976-01-01', name: 'Liên đoàn Lao động tỉnh Thừa Thiên Huế', shortName: 'LĐLĐ tỉnh Thừa Thiên Huế', kind: 'provincial_federation', parent: null },
      { from: '2025-01-01', name: 'Liên đoàn Lao động thành phố Huế', shortName: 'LĐLĐ thành phố Huế', kind: 'provincial_federation', parent: null,
        note: 'Tỉnh Thừa Thiên Huế trở thành thành phố Huế trực thuộc Trung ương (Nghị quyết 1314/NQ-UBTVQH15)' },
    ], { place_name: 'Huế' });
    const district = await addOrg(tx, DEMO_CODES.district, '1990-01-01', [
      { from: '1990-01-01', name: 'Liên đoàn Lao động thị xã Hương Trà', shortName: 'LĐLĐ thị xã Hương Trà', kind: 'district_federation', parent: province },
    ], { place_name: 'Hương Trà' });
    await tx.updateTable('organisations').set({
      ended_on: '2025-07-01', end_reason: 'dissolved', end_decision_number: '118/QĐ-LĐLĐ',
      end_decision_date: '2025-06-27', end_decision_issuer: 'Ban Thường vụ LĐLĐ thành phố Huế',
    }).where('id', '=', district).execute();
    const ward = await addOrg(tx, DEMO_CODES.ward, '2025-07-01', [
      { from: '2025-07-01', name: 'Công đoàn phường Hương Sơn', shortName: 'Công đoàn phường Hương Sơn', kind: 'commune_union', parent: province },
    ], { place_name: 'Hương Sơn', established_decision: '120/QĐ-LĐLĐ ngày 30/06/2025 của Ban Thường vụ LĐLĐ thành phố Huế' });
    const seed = await addOrg(tx, DEMO_CODES.seed, '2003-05-01', [
      { from: '2003-05-01', name: 'Công đoàn cơ sở cơ quan xã Hương Bình', shortName: 'CĐCS cơ quan xã Hương Bình', kind: 'agency', parent: district },
      { from: '2025-07-01', name: 'Công đoàn cơ sở cơ quan xã Hương Bình', shortName: 'CĐCS cơ quan xã Hương Bình', kind: 'agency', parent: province,
        note: 'LĐLĐ thị xã Hương Trà kết thúc hoạt động; chuyển về LĐLĐ thành phố Huế quản lý' },
    ], {
      host_name: 'Đảng ủy, HĐND, UBND xã Hương Bình', address: 'Xã Hương Bình, thị xã Hương Trà, tỉnh Thừa Thiên Huế',
      place_name: 'Hương Bình', signer_name: 'Trần Văn Hùng',
      report_recipients: ['LĐLĐ Thị xã', 'Thường trực Đảng ủy', 'Đoàn viên Công đoàn', 'Lưu'],
    });
    const seedGroups: [number, number] = [
      await addOrg(tx, 'CDCS-HUONGBINH-T1', '2003-05-01', [{ from: '2003-05-01', name: 'Tổ công đoàn Đảng - Đoàn thể', shortName: 'Tổ Đảng - Đoàn thể', kind: 'union_group', parent: seed }]),
      await addOrg(tx, 'CDCS-HUONGBINH-T2', '2003-05-01', [{ from: '2003-05-01', name: 'Tổ công đoàn Chính quyền', shortName: 'Tổ Chính quyền', kind: 'union_group', parent: seed }]),
    ];
    const enterprise = await addOrg(tx, DEMO_CODES.enterprise, '2012-03-15', [
      { from: '2012-03-15', name: 'Công đoàn cơ sở Công ty TNHH May Hương Sơn', shortName: 'CĐCS Công ty TNHH May Hương Sơn', kind: 'private_enterprise', parent: district },
      { from: '2025-07-01', name: 'Công đoàn cơ sở Công ty TNHH May Hương Sơn', shortName: 'CĐCS Công ty TNHH May Hương Sơn', kind: 'private_enterprise', parent: ward,
        note: 'Chuyển về Công đoàn phường Hương Sơn theo Quyết định 120/QĐ-LĐLĐ' },
    ], {
      host_name: 'Công ty TNHH May Hương Sơn', address: 'Khu công nghiệp Tứ Hạ, phường Hương Sơn, thành phố Huế',
      place_name: 'Hương Sơn', signer_name: 'Nguyễn Thị Hoa',
      report_recipients: ['Công đoàn phường Hương Sơn', 'Ban Giám đốc Công ty', 'Đoàn viên Công đoàn', 'Lưu: VT'],
    });
    const enterpriseGroups: [number, number, number] = [
      await addOrg(tx, 'CDCS-MAYHUONGSON-T1', '2012-03-15', [{ from: '2012-03-15', name: 'Tổ công đoàn Xưởng may 1', shortName: 'Tổ Xưởng may 1', kind: 'union_group', parent: enterprise }]),
      await addOrg(tx, 'CDCS-MAYHUONGSON-T2', '2012-03-15', [{ from: '2012-03-15', name: 'Tổ công đoàn Xưởng may 2', shortName: 'Tổ Xưởng may 2', kind: 'union_group', parent: enterprise }]),
      await addOrg(tx, 'CDCS-MAYHUONGSON-T3', '2012-03-15', [{ from: '2012-03-15', name: 'Tổ công đoàn Văn phòng', shortName: 'Tổ Văn phòng', kind: 'union_group', parent: enterprise }]),
    ];

    const memberIds = new Map<string, number>();
    for (const raw of huongBinhMembers({ 1: seedGroups[0], 2: seedGroups[1] })) {
      memberIds.set(raw.code, await insertMember(tx, seed, memberInput.parse(raw)));
    }
    for (const raw of enterpriseMembers(enterpriseGroups)) {
      memberIds.set(raw.code, await insertMember(tx, enterprise, memberInput.parse(raw)));
    }
    for (const ch of huongBinhChildren) {
      await tx.insertInto('member_children').values({
        org_id: seed, member_id: memberIds.get(ch.memberCode)!, full_name: ch.fullName, birth_date: ch.birthDate, sex: ch.sex,
      }).execute();
    }

    await loadHuongBinhEmulation2023(tx, seed, memberIds);
    await loadEnterpriseEmulation2026(tx, enterprise, memberIds);
    await loadHuongBinhFinance2023(tx, seed, memberIds);
    await loadHuongBinhActivities2023(tx, seed, memberIds);
    await loadEnterpriseDues(tx, enterprise, memberIds);
    await loadEnterpriseSafety(tx, enterprise, memberIds);
    await loadEnterpriseRecruitment(tx, enterprise, memberIds);
    await loadEnterpriseAgreement(tx, enterprise);
    await loadEnterpriseDialogue(tx, enterprise, today());
    await loadEnterpriseWorkforce(tx, enterprise);
    await loadEnterpriseYear2026(tx, enterprise, memberIds);
    await loadHuongBinhDocuments(tx, seed, memberIds, today());
    await loadHuongBinhPlans(tx, seed, today());

    await tx.insertInto('report_drafts').values({ org_id: seed, year: 2023, doc_type: 'annual', issued_on: HUONG_BINH_REPORT_DATE_2023 }).execute();
    for (const [key, paragraphs] of Object.entries(huongBinhReport2023)) {
      await tx.insertInto('report_sections').values({
        org_id: seed, year: 2023, doc_type: 'annual', section_key: key, paragraphs: JSON.stringify(paragraphs), updated_by: null,
      }).execute();
    }

    const accounts: [string, string, Role | 'admin', number | null, string?][] = [
      ['admin', 'Quản trị hệ thống', 'admin', null],
      ['tinh.canbo', 'Cán bộ LĐLĐ thành phố Huế', 'officer', province],
      ['huongtra.canbo', 'Cán bộ LĐLĐ thị xã Hương Trà (đã kết thúc)', 'officer', district],
      ['phuong.canbo', 'Cán bộ Công đoàn phường Hương Sơn', 'officer', ward],
      ['huongbinh.chutich', 'Trần Văn Hùng', 'chair', seed],
      ['huongbinh.uyvien', 'Hoàng Thị Lan', 'committee', seed],
      ['huongbinh.ketoan', 'Võ Thị Ánh', 'treasurer', seed],
      ['huongbinh.doanvien', 'Huỳnh Văn An', 'member', seed, 'HB08'],
      ['mayhuongson.chutich', 'Nguyễn Thị Hoa', 'chair', enterprise],
      ['mayhuongson.uyvien', 'Trần Văn Dũng', 'committee', enterprise],
      ['mayhuongson.ketoan', 'Lê Thị Mai', 'treasurer', enterprise],
      ['mayhuongson.doanvien', 'Công nhân may', 'member', enterprise, 'MHS010'],
    ];
    for (const [username, fullName, role, orgId, memberCode] of accounts) {
      await insertUser(tx, {
        username, fullName, password: DEMO_PASSWORD, isAdmin: role === 'admin',
        memberId: memberCode ? memberIds.get(memberCode)! : null,
        roles: role === 'admin' || orgId === null ? [] : [{ orgId, role }],
      });
    }
    return { province, district, ward, seed, enterprise, seedGroups, enterpriseGroups };
  });
}

export function demoAccountsText(): string {
  return [
    `Mật khẩu của mọi tài khoản mẫu / password of every demo account: ${DEMO_PASSWORD}`,
    '  admin                  quản trị hệ thống / administrator',
    '  tinh.canbo             cán bộ LĐLĐ thành phố Huế / provincial federation officer',
    '  phuong.canbo           cán bộ Công đoàn phường Hương Sơn / ward union officer',
    '  huongtra.canbo         cán bộ LĐLĐ thị xã Hương Trà (đã kết thúc 01/07/2025) / ended district federation',
    '  huongbinh.chutich      chủ tịch CĐCS cơ quan xã Hương Bình / chairperson (seed union)',
    '  huongbinh.uyvien | huongbinh.ketoan | huongbinh.doanvien   ủy viên / thủ quỹ / đoàn viên',
    '  mayhuongson.chutich    chủ tịch CĐCS Công ty TNHH May Hương Sơn / chairperson (enterprise)',
    '  mayhuongson.uyvien | mayhuongson.ketoan | mayhuongson.doanvien',
  ].join('\n');
}
