import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { plainFilesOnly } from './plain-files';

export interface HttpOptions {
  rendererDir: string;
  imagesDir: string;
  resourcesDir: string;
  health: () => unknown;
}

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

/**
 * Static pages (host window, co-moderator console, overlay) from the built
 * renderer, product images from the data folder, and a health probe.
 * Everything else is the socket.io contract.
 */
export function createHttpServer(options: HttpOptions): http.Server {
  const securityHeaders = (res: http.ServerResponse) => {
    // Chat text is never HTML; the CSP is a second wall: no inline or foreign script at all.
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws: wss:; font-src 'self' data:",
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
  };
  const rendererBuilt = fs.existsSync(path.join(options.rendererDir, 'index.html'));
  const renderer: Middleware = rendererBuilt
    ? sirv(options.rendererDir, { dev: false, etag: true, single: false, extensions: ['html'] })
    : (_req, res) => {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`The studio's pages are not built (${options.rendererDir} is missing): run "npm run build".\n`);
      };
  // dev: read at each request (pictures arrive while the studio runs); plain files only, never links.
  const images = plainFilesOnly(options.imagesDir, sirv(options.imagesDir, { dev: true, etag: true }));
  const resources = sirv(options.resourcesDir, { dev: false, etag: true });

  return http.createServer((req, res) => {
    securityHeaders(res);
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
  });
}
