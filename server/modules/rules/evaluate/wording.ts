// The Vietnamese words the evaluator puts around the rule data. Sentences written in a rule set (`text`) win.
import type { ConditionNode, DisciplineLevel, Rating, RecognitionLevel } from '../../../../shared/contracts/rule-content.contract.ts';
import { formatDateVi } from '../../../../shared/vi/dates.ts';

export const ratingNames: Record<Rating, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

const levelNames: Record<RecognitionLevel, string> = {
  grassroots: 'cấp cơ sở',
  district: 'cấp huyện (thị xã)',
  provincial: 'cấp tỉnh, bộ, ngành',
  national: 'cấp toàn quốc',
};

const disciplineNames: Record<DisciplineLevel, string> = {
  reprimand: 'khiển trách',
  warning: 'cảnh cáo',
  severe: 'cách chức, buộc thôi việc',
};

/** "15 %", "12,5 %". */
export const percentText = (p: number): string => `${String(p).replace('.', ',')} %`;

export const dateText = formatDateVi;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The sentence for a node when its rule set gives none. */
export function defaultText(node: ConditionNode, titleName: (code: string) => string, childText: (n: ConditionNode) => string): string {
  switch (node.kind) {
    case 'all':
      return 'Đáp ứng tất cả các điều kiện sau';
    case 'any':
      return `Cần một trong các điều kiện: ${node.of.map((c) => lowerFirst(childText(c))).join('; hoặc ')}`;
    case 'not':
      return `Không: ${lowerFirst(childText(node.of))}`;
    case 'title_held':
      return `Đạt danh hiệu «${titleName(node.title)}» trong năm xét`;
    case 'rating_at_least':
      return node.rating === 'HTXSNV'
        ? `Được xếp loại «${ratingNames.HTXSNV}»`
        : `Được xếp loại từ «${ratingNames[node.rating]}» trở lên`;
    case 'initiative_recognised':
      return `Có sáng kiến được công nhận từ ${levelNames[node.minLevel]} trở lên, trước ngày xét`;
    case 'research_accepted':
      return 'Có đề tài nghiên cứu khoa học được nghiệm thu trước ngày xét';
    case 'not_disciplined':
      return `Không bị kỷ luật từ hình thức ${disciplineNames[node.minLevel]} trở lên`;
    case 'member_share_at_least':
      return `${node.strict ? 'Trên' : 'Ít nhất'} ${percentText(node.percent)} thành viên: ${lowerFirst(childText(node.of))}`;
    case 'member_count_at_least':
      return `Ít nhất ${node.count} thành viên: ${lowerFirst(childText(node.of))}`;
    case 'flag':
      return `Được xác nhận: ${node.name}`;
  }
}
