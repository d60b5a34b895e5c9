import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import sirv from 'sirv';
import type { StudioCertificate } from './certificate';
import { originRefusal, plainOverLan } from './origin';
import { plainFilesOnly } from './plain-files';

export interface HttpOptions {
  rendererDir: string;
  imagesDir: string;
  resourcesDir: string;
  health: () => unknown;
}

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

/** Answers 403 to a request that names another host or comes from another site's page (see origin.ts). */
function refuseForeign(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const refusal = originRefusal(req);
  if (refusal === null) return false;
  res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Forbidden: not this studio\n');
  return true;
}

/** A plain request over the LAN (tokens would cross it in clear) is sent to the same address over https. */
function redirectToHttps(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (!plainOverLan(req)) return false;
  res.writeHead(308, { location: `https://${req.headers.host}${req.url ?? '/'}`, 'content-type': 'text/plain; charset=utf-8' });
  res.end('Use https\n');
  return true;
}

/** The same pages over HTTPS, with the studio's own certificate (LAN access). */
export function createHttpsServer(options: HttpOptions, certificate: StudioCertificate): https.Server {
  return https.createServer({ cert: certificate.certPem, key: certificate.keyPem }, requestHandler(options));
}

/**
 * The pages' Content-Security-Policy, sent as a header. The HTML files carry the same policy in a
 * meta tag (minus frame-ancestors, which a meta tag cannot set) for the Electron shell's audit;
 * tests/unit/shell/window-options.test.ts keeps the two equal.
 */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; font-src 'self' data:; frame-ancestors 'none'";

export function createHttpServer(options: HttpOptions): http.Server {
  return http.createServer(requestHandler(options));
}

/**
 * Static pages (host window, co-moderator console, overlay) from the built
 * renderer, product images from the data folder, and a health probe.
 * Everything else is the socket.io contract.
 */
function requestHandler(options: HttpOptions): http.RequestListener {
  const securityHeaders = (res: http.ServerResponse) => {
    // Chat text is never HTML; the CSP is a second wall: no inline or foreign script at all.
    res.setHeader('Content-Security-Policy', PAGE_CSP);
    // No page of the studio is ever framed (clickjacking the host window's buttons); X-Frame-Options for older engines.
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
  };
  const rendererBuilt = fs.existsSync(path.join(options.rendererDir, 'index.html'));
  const renderer: Middleware = rendererBuilt
    ? sirv(options.rendererDir, {
        dev: false,
        etag: true,
        single: false,
        extensions: ['html'],
        // The build writes each text file also brotli- and gzip-compressed (scripts/build.mjs): a cold
        // window fetches ~4x fewer bytes. Hashed assets never change under their name: kept a year; a
        // page is asked again each time (its etag answers 304 when nothing changed).
        brotli: true,
        gzip: true,
        setHeaders: (res, pathname) =>
          res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
      })
    : (_req, res) => {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`The studio's pages are not built (${options.rendererDir} is missing): run "npm run build".\n`);
      };
  // dev: read at each request (pictures arrive while the studio runs); plain files only, never links.
  const images = plainFilesOnly(options.imagesDir, sirv(options.imagesDir, { dev: true, etag: true }));
  const resources = sirv(options.resourcesDir, { dev: false, etag: true });

  return (req, res) => {
    securityHeaders(res);
    if (refuseForeign(req, res) || redirectToHttps(req, res)) return;
    const url = req.url ?? '/';
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    };
    if (url === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(options.health()));
      return;
    }
    if (url.startsWith('/media/images/')) {
      req.url = url.slice('/media/images'.length);
      images(req, res, notFound);
      return;
    }
    if (url.startsWith('/media/')) {
      req.url = url.slice('/media'.length);
      resources(req, res, notFound);
      return;
    }
    renderer(req, res, notFound);
  };
}
