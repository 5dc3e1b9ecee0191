// The decision of a form: one already in the year's records, or a new one (number, date, issuer, level) that the
// form records first. Only the chairperson records decisions.
import { useState } from 'react';
import type { IssuerLevel } from '../../../../shared/contracts/emulation.contract.ts';
import { todayIso } from '../../../../shared/vi/dates.ts';
import { createDecision } from '../emulation.api.ts';

export interface DecisionChoice {
  existingId: string | null;
  number: string;
  issuedOn: string | null;
  issuer: string;
  level: IssuerLevel;
}

export function useDecisionChoice(initialLevel: IssuerLevel = 'grassroots') {
  const [choice, setChoice] = useState<DecisionChoice>({
    existingId: null, number: '', issuedOn: todayIso(), issuer: '', level: initialLevel,
  });
  // A decision created on an attempt the server then refused is reused on the next attempt, not created twice.
  const [created, setCreated] = useState<{ key: string; id: number } | null>(null);
  const change = (patch: Partial<DecisionChoice>) => setChoice((c) => ({ ...c, ...patch }));

  /** The field errors the form can tell before asking the server ({} when none). */
  const missing = (required: string): Record<string, string> => (!choice.existingId && !choice.issuedOn ? { issuedOn: required } : {});

  /** The chosen decision's id, recording the new one first (inside the form's submit). */
  const resolve = async (orgId: number): Promise<number> => {
    if (choice.existingId) {
      return Number(choice.existingId);
    }
    const key = `${choice.number.trim()}|${choice.issuer.trim()}|${choice.issuedOn}|${choice.level}`;
    if (created?.key === key) {
      return created.id;
    }
    const { id } = await createDecision(orgId, {
      number: choice.number.trim(), issuedOn: choice.issuedOn ?? '', issuer: choice.issuer.trim(), issuerLevel: choice.level,
    });
    setCreated({ key, id });
    return id;
  };

  return { choice, change, missing, resolve };
}
