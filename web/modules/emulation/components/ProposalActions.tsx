// The chairperson's action on a title or commendation row: "Ghi quyết định" while proposed, "Sửa tiền thưởng" once decided.
import type { DecisionView } from '../../../../shared/contracts/emulation.contract.ts';
import { CashAction } from './CashAction.tsx';
import { DecideAction } from './DecideAction.tsx';

interface Props {
  orgId: number;
  kind: 'results' | 'commendations';
  row: { id: number; status: 'proposed' | 'decided'; cashAmount: number | null };
  label: string;
  decisions: readonly DecisionView[];
  isAdmin: boolean;
  onChanged: () => void;
  /** Test ids of the two buttons. */
  testIds: { decide: string; cash: string };
}

export function ProposalActions({ orgId, kind, row, label, decisions, isAdmin, onChanged, testIds }: Props) {
  return row.status === 'proposed' ? (
    <DecideAction orgId={orgId} kind={kind} id={row.id} label={label} decisions={decisions} isAdmin={isAdmin} onChanged={onChanged}
      testId={testIds.decide} />
  ) : (
    <CashAction orgId={orgId} kind={kind} id={row.id} label={label} cashAmount={row.cashAmount} onChanged={onChanged} testId={testIds.cash} />
  );
}
