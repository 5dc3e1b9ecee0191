// The organisation being worked on lives in the URL (/org/:orgId/...) and is remembered for the next visit.
import { useParams } from 'react-router-dom';

const STORAGE_KEY = 'congdoan.orgId';

export function useCurrentOrgId(): number | null {
  const { orgId } = useParams();
  const id = Number(orgId);
  return Number.isInteger(id) && id > 0 ? id : null;
}

export function rememberOrgId(orgId: number): void {
  try {
    localStorage.setItem(STORAGE_KEY, String(orgId));
  } catch {
    // storage unavailable: the URL still carries the choice
  }
}

export function rememberedOrgId(): number | null {
  try {
    const id = Number(localStorage.getItem(STORAGE_KEY));
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}
