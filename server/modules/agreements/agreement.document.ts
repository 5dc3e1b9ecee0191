// Thỏa ước lao động tập thể printed in the official format: the vote and dates, the clauses in order (those better than
// the law with their legal reference and, for a wage, the regional minimum they exceed), and the two sides' signatures.
import type { Db } from '../../db/client.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import { formatDongPlain } from '../../../shared/vi/money.ts';
import type { AgreementClauseView, AgreementView } from '../../../shared/contracts/agreements.contract.ts';
import { renderDocx } from '../reports/document/docx-render.ts';
import { listDocumentHead } from '../reports/document/list-head.ts';
import type { Block } from '../reports/document/model.ts';

/** A clause's value in words of the document: "4.400.000 đồng/tháng", "30.000 đồng/ca", "2 ngày". */
function valueWords(value: number, unit: NonNullable<AgreementClauseView['valueUnit']>): string {
  switch (unit) {
    case 'dong_month': return `${formatDongPlain(value)} đồng/tháng`;
    case 'dong_shift': return `${formatDongPlain(value)} đồng/ca`;
    case 'dong': return `${formatDongPlain(value)} đồng`;
    case 'days': return `${value} ngày`;
    case 'percent': return `${value}%`;
  }
}

function clauseText(c: AgreementClauseView): string {
  const value = c.value === null || c.valueUnit === null ? '' : `: ${valueWords(c.value, c.valueUnit)}`;
  const better = c.betterThanLaw ? ` Có lợi hơn quy định của pháp luật (${c.legalReference ?? ''})` : '';
  const wage = c.wageCheck && c.wageCheck.minimum !== null ? `; mức lương tối thiểu vùng: ${formatDongPlain(c.wageCheck.minimum)} đồng/tháng` : '';
  return `Điều ${c.position}. ${c.text}${value}.${better}${wage}${better ? '.' : ''}`;
}

export async function agreementDocx(db: Db, orgId: number, a: AgreementView): Promise<Buffer> {
  const { org, head } = await listDocumentHead(db, orgId, a.signedOn);
  const blocks: Block[] = [
    { kind: 'paragraph', text: `Căn cứ Bộ luật Lao động năm 2019 (Điều 75 đến Điều 89); căn cứ kết quả thương lượng tập thể và kết quả lấy ý kiến ngày ${formatDateVi(a.votedOn)}: ${a.votesFor}/${a.workersTotal} người lao động (${a.checks.votePercent}%) biểu quyết tán thành.` },
    { kind: 'paragraph', text: `Thỏa ước có hiệu lực từ ngày ${formatDateVi(a.effectiveFrom)} đến hết ngày ${formatDateVi(a.expiresOn)}; địa bàn áp dụng lương tối thiểu vùng ${a.region}.` },
    { kind: 'heading', level: 'roman', text: 'I. Nội dung thỏa ước' },
    ...(a.clauses.length === 0 ? [{ kind: 'paragraph', text: 'Chưa ghi điều khoản.' } as const] : []),
    ...a.clauses.map((c): Block => ({ kind: 'paragraph', text: clauseText(c) })),
    { kind: 'heading', level: 'roman', text: 'II. Tổ chức thực hiện' },
    { kind: 'paragraph', text: 'Người sử dụng lao động công bố thỏa ước đến người lao động và gửi một bản đến cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh trong thời hạn 10 ngày kể từ ngày ký.' },
    ...(a.note ? [{ kind: 'paragraph', text: a.note } as const] : []),
  ];
  return renderDocx({
    ...head,
    numberSuffix: 'TƯLĐTT',
    docType: 'THỎA ƯỚC LAO ĐỘNG TẬP THỂ',
    summary: [a.title],
    blocks,
    recipients: [],
    signer: { onBehalf: `TM. ${org.shortName.toUpperCase()}`, title: 'CHỦ TỊCH', name: '' },
    coSigner: { title: 'ĐẠI DIỆN NGƯỜI SỬ DỤNG LAO ĐỘNG', name: '' },
  });
}
