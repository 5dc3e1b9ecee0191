import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { countMembersAt, findCategoryNames } from './members.repo.ts';

// Figure keys for each member category, as placeholders: {{doanVien.canBoCongChuc}} …
const categoryKeys: Record<string, string> = {
  can_bo_cong_chuc: 'canBoCongChuc',
  khong_chuyen_trach: 'khongChuyenTrach',
  vien_chuc: 'vienChuc',
  hop_dong: 'hopDong',
  cong_nhan_lao_dong: 'congNhanLaoDong',
  quan_ly: 'quanLy',
  xa_vien: 'xaVien',
  lao_dong_tu_do: 'laoDongTuDo',
};

/** Section "tình hình đoàn viên": members on the report's date (active and suspended; suspended also apart). */
export const membersReportSection: SectionProvider = {
  id: 'members',
  topics: ['members'],
  async contribute({ db, org, date }) {
    const [stats, categories] = await Promise.all([countMembersAt(db, org.id, date), findCategoryNames(db, org.kind)]);
    const count = (value: number, label: string): Figure => ({ value, label, format: 'count' });
    const figures: Record<string, Figure> = {
      // Suspended members (tạm dừng sinh hoạt) are still members: in the total, and also given apart.
      'doanVien.tong': count(stats.total, 'Tổng số đoàn viên'),
      'doanVien.tamDung': count(stats.suspended, 'Đoàn viên tạm dừng sinh hoạt'),
      'doanVien.nu': count(stats.women, 'Đoàn viên nữ'),
      'doanVien.nam': count(stats.men, 'Đoàn viên nam'),
      'doanVien.dangVien': count(stats.partyMembers, 'Đoàn viên là đảng viên'),
    };
    // The categories the union's kind offers, and any other that still has members.
    for (const [code, key] of Object.entries(categoryKeys)) {
      const c = stats.byCategory.find((x) => x.category === code);
      if (c || categories.has(code)) {
        figures[`doanVien.${key}`] = count(c?.count ?? 0, c?.name ?? categories.get(code)!);
      }
    }
    return {
      figures,
      sentences: {
        members: [
          'Tổng số đoàn viên Công đoàn hiện nay là {{doanVien.tong}} đồng chí, Nữ {{doanVien.nu}} đồng chí.',
        ],
      },
    };
  },
};
