import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { secureHeaders } from 'hono/secure-headers';
import { AppError, errorBody } from './errors.ts';

/**
 * Headers for every answer. Mantine writes its CSS variables into <style> elements, hence 'unsafe-inline' for
 * styles only; scripts come from the app's own origin and nothing may frame the app.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'same-origin',
    // HSTS only where TLS is known to be in front (securityHeaders' caller decides); off by default.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request sent by a browser names its page's origin: one from another site is refused, so a page
 * elsewhere cannot act with the session cookie (SameSite=Strict is the first wall, this the second).
 * Requests without an Origin header (the command line, scripts) are not browsers' and pass.
 */
export function originCheck(trustProxy: boolean): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (SAFE_METHODS.has(c.req.method) || !origin) {
      return next();
    }
    const host = (trustProxy && c.req.header('x-forwarded-host')) || c.req.header('host');
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!host || originHost !== host) {
      const err = new AppError('FORBIDDEN', 'Yêu cầu đến từ một trang khác, không được chấp nhận');
      return c.json(errorBody(err), err.status);
    }
    return next();
  };
}

/** Who is asking, for the login throttle: the socket's address, or the first X-Forwarded-For behind a trusted proxy. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  if (forwarded) {
    return forwarded.slice(0, 100);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // in-process requests (tests) have no socket
  }
}
