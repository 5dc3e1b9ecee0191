import { describe, expect, it } from 'vitest';
import * as vi from './index.ts';

describe('shared/vi index', () => {
  it('exposes every formatting helper', () => {
    expect(Object.keys(vi).sort()).toEqual([
      'addDays', 'ageAt', 'compareMemberNames', 'compareVietnamese', 'daysBetween', 'documentDateLine', 'dongInWords',
      'formatDateVi', 'formatDong', 'formatDongPlain', 'formatPercent', 'isIsoDate', 'padCount', 'parseDateVi',
      'splitFullName', 'toSearchKey', 'todayIso', 'vietnameseSortKey',
    ]);
  });
});
