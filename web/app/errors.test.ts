import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';
import { fieldErrorsOf } from './errors.ts';

describe('fieldErrorsOf', () => {
  it('reads the server validation issues, one message per top-level field', () => {
    const err = new ApiError(400, 'VALIDATION', 'code: Nhập mã đoàn viên', {
      issues: [
        { path: 'code', message: 'Nhập mã đoàn viên' },
        { path: 'joinedOn', message: 'Ngày phải có dạng YYYY-MM-DD' },
        { path: 'code', message: 'second message is ignored' },
      ],
    });
    expect(fieldErrorsOf(err)).toEqual({ code: 'Nhập mã đoàn viên', joinedOn: 'Ngày phải có dạng YYYY-MM-DD' });
  });

  it('accepts zod-style array paths and a plain field map', () => {
    expect(fieldErrorsOf(new ApiError(400, 'VALIDATION', 'x', [{ path: ['email'], message: 'Email không hợp lệ' }]))).toEqual({
      email: 'Email không hợp lệ',
    });
    expect(fieldErrorsOf(new ApiError(400, 'VALIDATION', 'x', { fields: { phone: 'Số điện thoại không hợp lệ' } }))).toEqual({
      phone: 'Số điện thoại không hợp lệ',
    });
  });

  it('gives a nested issue under its top-level field and its whole path', () => {
    const err = new ApiError(400, 'VALIDATION', 'x', [{ path: ['beneficiaries', 0, 'relation'], message: 'Ghi cả họ tên và quan hệ của người thân' }]);
    expect(fieldErrorsOf(err)).toEqual({
      beneficiaries: 'Ghi cả họ tên và quan hệ của người thân', 'beneficiaries.0.relation': 'Ghi cả họ tên và quan hệ của người thân',
    });
  });

  it('gives nothing for errors without details or for other thrown values', () => {
    expect(fieldErrorsOf(new ApiError(409, 'CONFLICT', 'Dữ liệu bị trùng'))).toEqual({});
    expect(fieldErrorsOf(new Error('boom'))).toEqual({});
  });
});
