import type { Figure, SectionProvider } from '../reports/engine/section-provider.ts';
import { gradeCode, type EmulationYear, type IssuerLevel } from '../../../shared/contracts/emulation.contract.ts';
import { categoriesOf } from '../orgs/orgs.service.ts';
import { findYear } from './emulation.repo.ts';

// Placeholders under thiDua.* for the annual report, all computed from the year's records:
//   thiDua.dangKy.tong | .<category> | .ldtt | .cstdcs          members registered (a member counts once in the totals)
//   thiDua.dat.ldtt | .cstdcs, thiDua.deNghi.ldtt | .cstdcs       titles decided / still proposed
//   thiDua.sangKien.tong | .tacGia | .congNhan | .<level>          initiatives, their authors, recognised (by level)
//   thiDua.danhGia.<grade> | .<grade>.<category>                   staff ratings (grade: htxsnv, httnv, htnv, khtnv)
//   thiDua.khenThuong.daKhen | .deNghi | .<level>.daKhen | .deNghi individual commendations decided / proposed
//   thiDua.khenThuong.tapThe.daKhen | .deNghi                      commendations to collectives
//   thiDua.tapThe.<holder>.danhHieu | .noiCongNhan                 decided collective titles (holder: coQuan, congDoan)
//   thiDua.giaiThuong.<holder>.ten | .hang | .noiTrao, thiDua.giaiThuong.tong   decided prizes
//   thiDua.xepLoai, thiDua.xepLoai.tuDanhGia                       the union's classification (decided; self-assessed)

const levelKeys: Record<IssuerLevel, string> = {
  central: 'trungUong', province: 'capTinh', district: 'capHuyen', commune: 'capXa', grassroots: 'coSo',
};
const holderKeys = { host: 'coQuan', union: 'congDoan' } as const;
const gradeText = (g: string | null | undefined) => (g ? g.toUpperCase() : 'chưa xếp loại');
/** can_bo_cong_chuc → canBoCongChuc, as the members module names its figures. */
const camel = (code: string) => code.replace(/_([a-z])/g, (_m, ch: string) => ch.toUpperCase());
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const joinDistinct = (items: string[]) => [...new Set(items)].join(', ');

export const emulationReportSection: SectionProvider = {
  id: 'emulation',
  topics: ['emulation'],
  async contribute({ db, org, year }) {
    const [y, categories] = await Promise.all([findYear(db, org.id, year), categoriesOf(db, org.id)]);
    const figures: Record<string, Figure> = {};
    const count = (key: string, value: number, label: string) => {
      figures[`thiDua.${key}`] = { value, label, format: 'count' };
    };
    const text = (key: string, value: string, label: string) => {
      figures[`thiDua.${key}`] = { value, label, format: 'text' };
    };
    addRegistrations(y, categories, count);
    addTitles(y, count);
    addInitiatives(y, count);
    for (const g of gradeCode.options) {
      const rated = y.ratings.filter((r) => r.grade === g);
      count(`danhGia.${g}`, rated.length, `Cán bộ được đánh giá ${g.toUpperCase()}`);
      for (const c of categories) {
        count(`danhGia.${g}.${camel(c.code)}`, rated.filter((r) => r.category === c.code).length, `${c.name} được đánh giá ${g.toUpperCase()}`);
      }
    }
    addCommendations(y, count);
    addCollective(y, count, text);
    text('xepLoai', gradeText(y.classification?.decidedGrade), 'Xếp loại CĐCS (cấp trên quyết định)');
    text('xepLoai.tuDanhGia', gradeText(y.classification?.selfGrade), 'Xếp loại CĐCS (tự đánh giá)');
    return {
      figures,
      sentences: {
        emulation: emulationSentences(y),
      },
    };
  },
};

/** The year's emulation in a few sentences, each naming only what the records hold (no "0 đồng chí đạt" before judging). */
function emulationSentences(y: EmulationYear): string[] {
  const decided = y.results.some((r) => r.status === 'decided');
  const individual = y.commendations.filter((c) => c.memberId !== null);
  const commended = [
    individual.some((c) => c.status === 'decided') ? '{{thiDua.khenThuong.daKhen}} cá nhân được khen thưởng' : null,
    individual.some((c) => c.status === 'proposed') ? 'đề nghị khen thưởng {{thiDua.khenThuong.deNghi}} cá nhân' : null,
  ].filter((x) => x !== null);
  const closing = [y.classification?.decidedGrade ? 'Công đoàn cơ sở được xếp loại {{thiDua.xepLoai}}' : null, ...commended];
  return [
    'Năm {{nam}}, có {{thiDua.dangKy.tong}} đồng chí đăng ký thi đua; {{thiDua.dangKy.ldtt}} đồng chí đăng ký danh hiệu “Lao động tiên tiến” và {{thiDua.dangKy.cstdcs}} đồng chí đăng ký danh hiệu “Chiến sĩ thi đua cơ sở”.',
    decided
      ? 'Kết quả bình xét cuối năm có {{thiDua.dat.ldtt}} đồng chí đạt danh hiệu “Lao động tiên tiến”, {{thiDua.dat.cstdcs}} đồng chí đạt danh hiệu “Chiến sĩ thi đua cơ sở”; {{thiDua.sangKien.congNhan}} sáng kiến được công nhận.'
      : y.initiatives.some((i) => i.decision !== null) ? 'Có {{thiDua.sangKien.congNhan}} sáng kiến được công nhận.' : null,
    closing.some((x) => x !== null) ? `${closing.filter((x) => x !== null).join('; ').replace(/^./, (c) => c.toUpperCase())}.` : null,
  ].filter((x) => x !== null);
}

type Count = (key: string, value: number, label: string) => void;
type Text = (key: string, value: string, label: string) => void;

function addRegistrations(y: EmulationYear, categories: { code: string; name: string }[], count: Count) {
  const members = new Map(y.registrations.map((r) => [r.memberId, r.category]));
  count('dangKy.tong', members.size, 'Đoàn viên đăng ký thi đua');
  for (const c of categories) {
    count(`dangKy.${camel(c.code)}`, [...members.values()].filter((cat) => cat === c.code).length, `${c.name} đăng ký thi đua`);
  }
  count('dangKy.ldtt', y.registrations.filter((r) => r.title === 'ldtt').length, 'Đăng ký danh hiệu Lao động tiên tiến');
  count('dangKy.cstdcs', y.registrations.filter((r) => r.title === 'cstdcs').length, 'Đăng ký danh hiệu Chiến sĩ thi đua cơ sở');
}

function addTitles(y: EmulationYear, count: Count) {
  for (const [title, name] of [['ldtt', 'Lao động tiên tiến'], ['cstdcs', 'Chiến sĩ thi đua cơ sở']] as const) {
    const rows = y.results.filter((r) => r.title === title);
    count(`dat.${title}`, rows.filter((r) => r.status === 'decided').length, `Đạt danh hiệu ${name} (có quyết định)`);
    count(`deNghi.${title}`, rows.filter((r) => r.status === 'proposed').length, `Đề nghị danh hiệu ${name} (chưa có quyết định)`);
  }
}

function addInitiatives(y: EmulationYear, count: Count) {
  const recognised = y.initiatives.filter((i) => i.decision !== null);
  count('sangKien.tong', y.initiatives.length, 'Sáng kiến, đề tài trong năm');
  count('sangKien.tacGia', new Set(y.initiatives.flatMap((i) => i.authors.map((a) => a.memberId))).size, 'Đồng chí có sáng kiến, đề tài');
  count('sangKien.congNhan', recognised.length, 'Sáng kiến được công nhận');
  for (const [level, key] of Object.entries(levelKeys)) {
    count(`sangKien.${key}`, recognised.filter((i) => i.decision!.issuerLevel === level).length, `Sáng kiến được công nhận (${key})`);
  }
}

function addCommendations(y: EmulationYear, count: Count) {
  const individual = y.commendations.filter((c) => c.memberId !== null);
  const collective = y.commendations.filter((c) => c.memberId === null);
  count('khenThuong.daKhen', individual.filter((c) => c.status === 'decided').length, 'Cá nhân được khen thưởng (có quyết định)');
  count('khenThuong.deNghi', individual.filter((c) => c.status === 'proposed').length, 'Cá nhân được đề nghị khen thưởng');
  count('khenThuong.tapThe.daKhen', collective.filter((c) => c.status === 'decided').length, 'Tập thể được khen thưởng');
  count('khenThuong.tapThe.deNghi', collective.filter((c) => c.status === 'proposed').length, 'Tập thể được đề nghị khen thưởng');
  for (const [level, key] of Object.entries(levelKeys)) {
    const at = individual.filter((c) => c.issuerLevel === level);
    count(`khenThuong.${key}.daKhen`, at.filter((c) => c.status === 'decided').length, `Cá nhân được khen thưởng (${key})`);
    count(`khenThuong.${key}.deNghi`, at.filter((c) => c.status === 'proposed').length, `Cá nhân được đề nghị khen thưởng (${key})`);
  }
}

function addCollective(y: EmulationYear, count: Count, text: Text) {
  const decided = y.collectiveAwards.filter((a) => a.status === 'decided');
  count('giaiThuong.tong', decided.filter((a) => a.kind === 'prize').length, 'Giải thưởng tập thể');
  for (const [holder, key] of Object.entries(holderKeys)) {
    const titles = decided.filter((a) => a.holder === holder && a.kind === 'title');
    const prizes = decided.filter((a) => a.holder === holder && a.kind === 'prize');
    const whose = holder === 'host' ? 'cơ quan, đơn vị' : 'công đoàn';
    text(`tapThe.${key}.danhHieu`, joinDistinct(titles.map((a) => lowerFirst(a.name))), `Danh hiệu tập thể của ${whose}`);
    text(`tapThe.${key}.noiCongNhan`, joinDistinct(titles.map((a) => a.issuer)), `Nơi công nhận danh hiệu tập thể của ${whose}`);
    text(`giaiThuong.${key}.ten`, joinDistinct(prizes.map((a) => lowerFirst(a.name))), `Giải thưởng của ${whose}`);
    text(`giaiThuong.${key}.hang`, joinDistinct(prizes.map((a) => a.prizeRank ?? '')), `Hạng giải của ${whose}`);
    text(`giaiThuong.${key}.noiTrao`, joinDistinct(prizes.map((a) => a.issuer)), `Nơi trao giải cho ${whose}`);
  }
}
