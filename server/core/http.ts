import { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Context } from 'hono';
import type { Db } from '../db/client.ts';
import type { Caller } from './access.ts';
import { AppError, errorBody } from './errors.ts';

export interface AppEnv {
  Variables: {
    db: Db;
    /**
     * The read replica when DATABASE_READ_URL is set, else `db`. Only for GET routes that read and may lag behind the
     * primary by the replica's replay delay (the federation roll-up and exports); a read after a write stays on `db`.
     */
    readDb: Db;
    caller: SessionCaller | null;
    /** The browser reached us over TLS (directly, or through a trusted proxy): cookies are Secure. */
    https: boolean;
    /** The client's address (X-Forwarded-For's first entry behind a trusted proxy), for throttling. */
    clientAddress: string;
  };
}

interface ZodIssueLike {
  path: PropertyKey[];
  message: string;
}

/** Turns zod's issues (Vietnamese: shared/contracts/zod-vietnamese.ts) into one message naming the field. */
export function validationError(issues: readonly ZodIssueLike[]): AppError {
  const first = issues[0];
  const field = first?.path.map(String).join('.') ?? '';
  const message = first?.message ?? 'Dữ liệu không hợp lệ';
  return new AppError('VALIDATION', field ? `${field}: ${message}` : message, {
    issues: issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  });
}

/** One small router per module (long route chains slow TypeScript badly). */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const err = validationError(result.error.issues as ZodIssueLike[]);
        return c.json(errorBody(err), err.status);
      }
      return undefined;
    },
  });
}

/** A caller who logged in (the command line's system caller has no user). */
export interface SessionCaller extends Caller {
  userId: number;
}

export function requireCaller(c: Context<AppEnv>): SessionCaller {
  const caller = c.get('caller');
  if (!caller) {
    throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập');
  }
  return caller;
}

/** Standard error responses for the OpenAPI document. */
export const errorResponses = {
  400: { description: 'Dữ liệu không hợp lệ' },
  401: { description: 'Chưa đăng nhập' },
  403: { description: 'Không có quyền' },
  404: { description: 'Không tìm thấy' },
} as const;

/** OpenAPI helpers: a required JSON body and a JSON response. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
export const jsonOk = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  content: { 'application/json': { schema } },
  description,
});
export const fileOk = (mime: string, description: string) => ({
  content: { [mime]: { schema: z.string().meta({ format: 'binary' }) } },
  description,
});

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file download with a Vietnamese file name that survives every browser. */
export const fileResponse = (body: Buffer | Uint8Array, filename: string, type: string) =>
  new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    },
  });
