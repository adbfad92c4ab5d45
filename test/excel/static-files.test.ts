import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticHandler } from '../../excel/static-files.js';
import { DIST } from './functions-runtime.js';

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer(createStaticHandler(fileURLToPath(DIST)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Sends a GET with the path exactly as written, since fetch would normalise `..` away. */
function rawStatus(path: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    get(origin + '/', { path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}

describe('development file server', () => {
  it.each([
    ['/taskpane.html', 'text/html; charset=utf-8'],
    ['/functions.js', 'text/javascript; charset=utf-8'],
    ['/functions.json', 'application/json; charset=utf-8'],
    ['/assets/icon-32.png', 'image/png'],
    ['/manifest.xml', 'application/xml; charset=utf-8'],
  ])('serves %s', async (path, contentType) => {
    const response = await fetch(origin + path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the task pane at /', async () => {
    const response = await fetch(`${origin}/`);
    expect(await response.text()).toContain('<title>CS Comp</title>');
  });

  it.each(['/missing.js', '/%00.js', '/%E0%A4%A.js', '/assets'])(
    'answers %s with 404',
    async (path) => {
      const response = await fetch(origin + path);
      expect(response.status).toBe(404);
    },
  );

  // package.json two levels above dist/excel exists and has a served type, so only the
  // traversal check keeps these requests from reading it.
  it.each(['/../../package.json', '/%2e%2e%2f%2e%2e%2fpackage.json', '/..%5c..%5cpackage.json'])(
    'refuses to leave the folder for %s',
    async (path) => {
      expect(await rawStatus(path)).toBe(404);
    },
  );

  it('rejects other methods', async () => {
    const response = await fetch(`${origin}/functions.json`, { method: 'POST' });
    expect(response.status).toBe(405);
  });
});
