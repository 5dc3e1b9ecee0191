import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import './zod-vietnamese.ts';

describe('zod messages in Vietnamese', () => {
  it('replaces every default English message', () => {
    const schema = z.strictObject({
      a: z.string().min(3), b: z.number(), c: z.string().regex(/x/), d: z.email(), e: z.number().int().max(5),
      f: z.enum(['a']), g: z.array(z.string()).max(1), h: z.string().max(2),
    });
    const issues = schema.safeParse({ a: 'x', c: 'y', d: 'q', e: 1.5, f: 'b', g: ['1', '2'], h: 'xyz', z: 1 }).error!.issues;
    for (const issue of issues) {
      expect(issue.message).not.toMatch(/[Ii]nvalid|expected|Too |Unrecognized/);
    }
    expect(issues.map((i) => i.message)).toEqual(expect.arrayContaining([
      'Tối thiểu 3 ký tự', 'Bắt buộc nhập', 'Sai định dạng', 'Email không hợp lệ', 'Sai kiểu dữ liệu',
      'Giá trị không nằm trong danh sách cho phép', 'Tối đa 1 mục', 'Tối đa 2 ký tự', 'Trường không được chấp nhận: z',
    ]));
  });

  it('keeps a schema\'s own message', () => {
    expect(z.string().min(2, 'Nhập họ và tên').safeParse('').error!.issues[0].message).toBe('Nhập họ và tên');
  });
});
