import { z } from 'zod';

// zod's default messages in Vietnamese, for every schema that gives none of its own (a schema's own message wins).
// Shared, so the server's 400s and the web forms say the same thing.
type Issue = z.core.$ZodRawIssue;

const sizeUnit = (origin: unknown) => (origin === 'string' ? ' ký tự' : origin === 'array' || origin === 'set' ? ' mục' : '');

export function vietnameseMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Bắt buộc nhập' : 'Sai kiểu dữ liệu';
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'Bắt buộc nhập'
        : `Tối thiểu ${String(issue.minimum)}${sizeUnit(issue.origin)}`;
    case 'too_big':
      return `Tối đa ${String(issue.maximum)}${sizeUnit(issue.origin)}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'Email không hợp lệ' : 'Sai định dạng';
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép';
    case 'unrecognized_keys':
      return `Trường không được chấp nhận: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return 'Giá trị không hợp lệ';
    default:
      return 'Giá trị không hợp lệ';
  }
}

z.config({ customError: vietnameseMessage });
