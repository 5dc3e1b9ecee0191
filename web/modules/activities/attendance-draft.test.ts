import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, loadDraft, mergeDraft, nextStatus, saveDraft } from './attendance-draft.ts';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
};

describe('unsaved attendance taps', () => {
  it('cycles present → excused → absent → present with one tap each', () => {
    expect(nextStatus('present')).toBe('excused');
    expect(nextStatus('excused')).toBe('absent');
    expect(nextStatus('absent')).toBe('present');
  });

  it('keeps the taps across a reload until cleared, and ignores what is not a draft', () => {
    const s = memory();
    const key = draftKey(1, 42);
    saveDraft(s, key, { 7: 'absent', 9: 'excused' });
    expect(loadDraft(s, key)).toEqual({ 7: 'absent', 9: 'excused' });
    s.setItem('bad', '{"x":"present","8":"maybe","3":"absent"}');
    expect(loadDraft(s, 'bad')).toEqual({ 3: 'absent' });
    s.setItem('worse', 'not json');
    expect(loadDraft(s, 'worse')).toBeNull();
    clearDraft(s, key);
    expect(loadDraft(s, key)).toBeNull();
  });

  it('lays the taps over the server’s roster, dropping members no longer on it', () => {
    const entries = [{ memberId: 7, status: 'present' as const }, { memberId: 8, status: 'absent' as const }];
    expect(mergeDraft(entries, { 7: 'excused', 99: 'absent' })).toEqual([{ memberId: 7, status: 'excused' }, { memberId: 8, status: 'absent' }]);
    expect(mergeDraft(entries, null)).toEqual(entries);
  });
});
