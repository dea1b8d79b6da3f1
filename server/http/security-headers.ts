import type { FastifyInstance } from 'fastify';

/**
 * The console's Content-Security-Policy: only its own origin, plus the OBP server it talks to when that is elsewhere
 * (`connect-src`). No inline script or style, no framing.
 */
export function contentSecurityPolicy(obpBaseUrl: string): string {
  let obpOrigin = '';
  try {
    if (obpBaseUrl) obpOrigin = ` ${new URL(obpBaseUrl).origin}`;
  } catch {
    // Not a URL: the console will fail to reach it anyway; keep the policy strict.
  }
  return [
    "default-src 'self'",
    `connect-src 'self'${obpOrigin}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const PERMISSIONS_POLICY = [
  'accelerometer=()', 'camera=()', 'display-capture=()', 'geolocation=()', 'gyroscope=()', 'magnetometer=()',
  'microphone=()', 'midi=()', 'payment=()', 'usb=()', 'interest-cohort=()',
].join(', ');

const isApiPath = (url: string) => url.startsWith('/obp/') || url.startsWith('/my/') || url.startsWith('/config.json');

/** `alsoOnEveryAnswer`: further headers every answer carries (the answering worker process, app.ts). */
export function installSecurityHeaders(app: FastifyInstance, obpBaseUrl: string, alsoOnEveryAnswer: Record<string, string> = {}): void {
  // Built once: each answer gets one of these objects instead of a header call per name.
  const everyAnswer = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', ...alsoOnEveryAnswer };
  // API answers carry personal data and sessions: never cached.
  const apiAnswer = { ...everyAnswer, 'cache-control': 'no-store' };
  const page = {
    'content-security-policy': contentSecurityPolicy(obpBaseUrl),
    'x-frame-options': 'DENY',
    // No powerful browser features for the console, and no window of another origin keeps a handle on it.
    'permissions-policy': PERMISSIONS_POLICY,
    'cross-origin-opener-policy': 'same-origin',
  };
  // A callback hook, not an async one: it runs on every answer, and a promise per request is measurable under load.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.headers(isApiPath(request.url) ? apiAnswer : everyAnswer);
    const contentType = reply.getHeader('content-type');
    if (typeof contentType === 'string' && contentType.startsWith('text/html')) reply.headers(page);
    done(null, payload);
  });
}
