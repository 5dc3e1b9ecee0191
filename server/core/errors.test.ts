import { describe, expect, it } from 'vitest';
import { fromDatabaseError } from './errors.ts';

describe('PostgreSQL errors as user errors', () => {
  it('names the duplicate in its own words', () => {
    expect(fromDatabaseError({ code: '23505', constraint: 'member_status_events_member_id_on_date_kind_key' })?.message)
      .toBe('Sự kiện này đã được ghi cho đoàn viên vào đúng ngày đó');
    expect(fromDatabaseError({ code: '23505', constraint: 'something_else' })).toMatchObject({ code: 'CONFLICT' });
  });

  it('turns range and character errors into 400s, and leaves the unknown alone', () => {
    expect(fromDatabaseError({ code: '22003' })?.status).toBe(400);
    expect(fromDatabaseError({ code: '22021' })?.status).toBe(400);
    expect(fromDatabaseError({ code: '57P01' })).toBeNull();
    expect(fromDatabaseError(null)).toBeNull();
  });
});
