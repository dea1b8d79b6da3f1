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

const isApiPath = (url: string) => url.startsWith('/obp/') || url.startsWith('/my/') || url.startsWith('/config.json');

export function installSecurityHeaders(app: FastifyInstance, obpBaseUrl: string): void {
  const policy = contentSecurityPolicy(obpBaseUrl);
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    const contentType = String(reply.getHeader('content-type') ?? '');
    if (contentType.startsWith('text/html')) {
      reply.header('Content-Security-Policy', policy);
      reply.header('X-Frame-Options', 'DENY');
    }
    // API answers carry personal data and sessions: never cached.
    if (isApiPath(request.url)) reply.header('Cache-Control', 'no-store');
    return payload;
  });
}
