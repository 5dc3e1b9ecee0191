import type { core } from 'zod';
import { type MemberInput, memberInput } from '../../../../shared/contracts/members.contract.ts';
import type { CellContent } from '../../../core/xlsx/cell-content.ts';
import { type ImportLookups, toFieldValue } from './cell-to-field.ts';
import type { MemberColumn } from './columns.ts';

export interface CellProblem {
  column: string;
  message: string;
}

export type RowResult = { ok: true; input: MemberInput } | { ok: false; problems: CellProblem[] };

/**
 * One sheet row → a valid `MemberInput`, or one problem per bad cell.
 * Cells are converted first (names → codes, dd/mm/yyyy → ISO), then the contract has the last word;
 * a cell that already failed conversion is not reported a second time by the contract.
 */
export function rowToMember(cells: Map<MemberColumn, CellContent>, lookups: ImportLookups): RowResult {
  const raw: Record<string, unknown> = {};
  const shown = new Map<string, string>();
  const problems: CellProblem[] = [];
  for (const [column, content] of cells) {
    const result = toFieldValue(column, content, lookups);
    if (result.ok) {
      raw[column.field] = result.value;
      shown.set(column.field, content.kind === 'text' ? content.text : '');
    } else {
      problems.push({ column: column.header, message: result.message });
    }
  }
  const parsed = memberInput.safeParse(raw);
  if (parsed.success && problems.length === 0) {
    return { ok: true, input: parsed.data };
  }
  const failedHeaders = new Set(problems.map((p) => p.column));
  for (const issue of parsed.error?.issues ?? []) {
    const column = [...cells.keys()].find((c) => c.field === issue.path[0]);
    if (column && !failedHeaders.has(column.header)) {
      failedHeaders.add(column.header);
      problems.push({ column: column.header, message: issueMessage(column.header, issue, shown.get(column.field)) });
    }
  }
  return { ok: false, problems };
}

/** The contract's messages are partly English (zod defaults); the user gets Vietnamese naming the column. */
function issueMessage(header: string, issue: core.$ZodIssue, text = ''): string {
  if (issue.code === 'too_big') {
    return `${header} quá dài (tối đa ${String(issue.maximum)} ký tự)`;
  }
  if (issue.code === 'too_small') {
    return `${header} quá ngắn (ít nhất ${String(issue.minimum)} ký tự)`;
  }
  if (issue.code === 'custom') {
    return `${header}: ${issue.message}`;
  }
  return text ? `${header} '${text}' không hợp lệ` : `${header} không hợp lệ`;
}
