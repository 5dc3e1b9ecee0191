import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'ORG_ENDED'
  | 'TOO_MANY_ATTEMPTS'
  | 'PAYLOAD_TOO_LARGE'
  | 'BAD_FILE'
  | 'INTERNAL';

const statusByCode: Record<ErrorCode, ContentfulStatusCode> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ORG_ENDED: 409,
  TOO_MANY_ATTEMPTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  BAD_FILE: 400,
  INTERNAL: 500,
};

/** An error a user may see: a code, a Vietnamese message, and optional details (e.g. bad rows). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  get status(): ContentfulStatusCode {
    return statusByCode[this.code];
  }
}

export const notFound = (what = 'Không tìm thấy dữ liệu') => new AppError('NOT_FOUND', what);
export const forbidden = () => new AppError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này');
export const invalid = (message: string, details?: unknown) => new AppError('VALIDATION', message, details);

export function errorBody(err: AppError) {
  return { error: { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) } };
}

// Unique constraints a user can run into, each with its own words (the constraint name is PostgreSQL's).
const duplicateMessages: Record<string, string> = {
  member_status_events_member_id_on_date_kind_key: 'Sự kiện này đã được ghi cho đoàn viên vào đúng ngày đó',
  members_org_id_code_key: 'Mã đoàn viên đã có trong danh sách của công đoàn',
  members_national_code: 'Mã đoàn viên QLĐV đã có trong danh sách của công đoàn',
  users_username_key: 'Tên đăng nhập này đã được dùng; hãy chọn tên khác',
  finance_disclosures_once: 'Kỳ này đã được ghi nhận công khai theo hình thức đó',
};

/** PostgreSQL constraint violations become user errors instead of 500s. */
export function fromDatabaseError(err: unknown): AppError | null {
  const { code, constraint } = (err ?? {}) as { code?: string; constraint?: string };
  switch (code) {
    case '23505':
      return new AppError('CONFLICT', (constraint && duplicateMessages[constraint]) || 'Dữ liệu bị trùng (mã đã tồn tại)');
    case '23503':
      return new AppError('VALIDATION', 'Dữ liệu tham chiếu không tồn tại');
    case '23514':
    case '22007':
    case '22008':
    case '22P02':
    case '22001':
      return new AppError('VALIDATION', 'Dữ liệu không hợp lệ');
    case '22003':
      return new AppError('VALIDATION', 'Số quá lớn hoặc ngoài khoảng cho phép');
    case '22021':
    case '22P05':
      return new AppError('VALIDATION', 'Dữ liệu chứa ký tự không hợp lệ');
    default:
      return null;
  }
}
