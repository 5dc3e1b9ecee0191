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

/** PostgreSQL constraint violations become user errors instead of 500s. */
export function fromDatabaseError(err: unknown): AppError | null {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case '23505':
      return new AppError('CONFLICT', 'Dữ liệu bị trùng (mã đã tồn tại)');
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
