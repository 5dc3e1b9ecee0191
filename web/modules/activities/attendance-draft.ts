// Unsaved taps of an attendance roster, kept in localStorage so that a slow or dropped connection loses nothing: the
// phone keeps the draft until the server has accepted the batch, and a reload restores it.
import type { AttendanceStatus } from '../../../shared/contracts/activities.contract.ts';

export type AttendanceDraft = Record<number, AttendanceStatus>;

/** One tap: có mặt → vắng có lý do → vắng không lý do → có mặt. */
export function nextStatus(s: AttendanceStatus): AttendanceStatus {
  return s === 'present' ? 'excused' : s === 'excused' ? 'absent' : 'present';
}

export const draftKey = (orgId: number, activityId: number) => `congdoan.attendance.${orgId}.${activityId}`;

export function loadDraft(storage: Pick<Storage, 'getItem'>, key: string): AttendanceDraft | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) {
      return null;
    }
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null) {
      return null;
    }
    const draft: AttendanceDraft = {};
    for (const [k, v] of Object.entries(parsed)) {
      if (/^\d+$/.test(k) && (v === 'present' || v === 'excused' || v === 'absent')) {
        draft[Number(k)] = v;
      }
    }
    return draft;
  } catch {
    return null;
  }
}

export function saveDraft(storage: Pick<Storage, 'setItem'>, key: string, draft: AttendanceDraft): void {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // storage full or forbidden (private mode): the taps stay in memory only
  }
}

export function clearDraft(storage: Pick<Storage, 'removeItem'>, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // nothing to clear
  }
}

/** The roster to show: the server's statuses with the unsaved taps on top (taps for members no longer listed are dropped). */
export function mergeDraft<T extends { memberId: number; status: AttendanceStatus }>(entries: readonly T[], draft: AttendanceDraft | null): T[] {
  return entries.map((e) => (draft?.[e.memberId] ? { ...e, status: draft[e.memberId] } : e));
}
