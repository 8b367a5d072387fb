import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Strict CSP on every response: scripts and styles only from our own origin (Lit's styles are constructable
 * stylesheets, which CSP does not treat as inline), no framing, no plugins. HSTS for two years: Hono's default
 * is 180 days (stack-notes). A route that serves a document with a policy of its own (the briefing HTML, shown
 * in a sandboxed preview frame) sets it itself: `overwrite: false` keeps a header the route already set.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    strictTransportSecurity: 'max-age=63072000; includeSubDomains',
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    // Origin-keying must be asked for uniformly on an origin, or Chromium warns and ignores it; the sandboxed
    // briefing preview is a document of its own on the same origin, so it is not asked for at all.
    originAgentCluster: false,
    overwrite: false,
  });
}
