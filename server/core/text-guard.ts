import type { MiddlewareHandler } from 'hono';
import { AppError, errorBody } from './errors.ts';

// Characters that PostgreSQL text cannot hold (NUL) or that XML — hence every .docx and .xlsx — cannot carry
// (other C0 controls, U+FFFE/U+FFFF, lone surrogates). Refused at the edge so they never reach a stored record.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacter(text: string): boolean {
  return FORBIDDEN.test(text);
}

/** Refuses a JSON body or a query string holding a character no document can carry. */
export function textGuard(): MiddlewareHandler {
  return async (c, next) => {
    const refuse = () => {
      const err = new AppError('VALIDATION', 'Dữ liệu chứa ký tự không hợp lệ (ký tự điều khiển hoặc ký tự không in được)');
      return c.json(errorBody(err), err.status);
    };
    let query: string;
    try {
      query = decodeURIComponent(new URL(c.req.url).search);
    } catch {
      return refuse();
    }
    if (hasForbiddenCharacter(query)) {
      return refuse();
    }
    if (c.req.header('content-type')?.includes('application/json') && hasForbiddenCharacter(await c.req.text())) {
      return refuse();
    }
    return next();
  };
}
