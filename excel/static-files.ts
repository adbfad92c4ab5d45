import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Creates a request handler that serves the files under `root` for GET and HEAD, `/` as
 * taskpane.html, with caching off so a rebuild shows at the next reload. Paths that leave
 * `root` and unknown file types get a 404 response, so nothing else on disk is readable.
 */
export function createStaticHandler(
  root: string,
): (request: IncomingMessage, response: ServerResponse) => void {
  const rootPath = resolve(root);
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const filePath = resolveRequestPath(rootPath, request.url ?? '/');
    const contentType = filePath === undefined ? undefined : CONTENT_TYPES[extname(filePath)];
    if (filePath === undefined || contentType === undefined) {
      response.writeHead(404).end();
      return;
    }

    readFile(filePath).then(
      (body) => {
        response.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => response.writeHead(404).end(),
    );
  };
}

function resolveRequestPath(rootPath: string, url: string): string | undefined {
  const pathname = new URL(url, 'https://localhost').pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;

  const filePath = resolve(rootPath, `.${decoded === '/' ? '/taskpane.html' : decoded}`);
  return filePath.startsWith(rootPath + sep) ? filePath : undefined;
}
