import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

/**
 * Serves a flat folder (the data folder's images/) through `serve` only for names that are plain
 * files in it: sirv follows symbolic links (it stats, never lstats), so a link placed under
 * images/ would publish whatever it points to on the unauthenticated /media/images/.
 */
export function plainFilesOnly(dir: string, serve: Middleware): Middleware {
  return (req, res, next) => {
    let name: string;
    try {
      name = decodeURIComponent(new URL(req.url ?? '/', 'http://studio').pathname).replace(/^\/+/, '');
    } catch {
      return next();
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return next();
    try {
      if (!fs.lstatSync(path.join(dir, name)).isFile()) return next();
    } catch {
      return next();
    }
    serve(req, res, next);
  };
}
