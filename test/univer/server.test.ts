import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFile, serveFolder, type StaticServer } from '../../univer/server.js';

describe('resolveFile', () => {
  const root = '/srv/page';

  it('maps a folder to its index.html', () => {
    expect(resolveFile(root, '/')).toBe('/srv/page/index.html');
    expect(resolveFile(root, '/docs/?x=1')).toBe('/srv/page/docs/index.html');
  });

  it('decodes the path', () => {
    expect(resolveFile(root, '/a%20b.js')).toBe('/srv/page/a b.js');
  });

  it('keeps dot-dot paths inside the root', () => {
    for (const attempt of ['/../secret', '/%2e%2e/secret', '/..%2fsecret', '/a/..%2f..%2fsecret']) {
      expect(resolveFile(root, attempt)).toBe('/srv/page/secret');
    }
  });

  it('rejects malformed percent escapes', () => {
    expect(resolveFile(root, '/%E0%A4%A')).toBeUndefined();
  });
});

describe('serveFolder', () => {
  let folder: string;
  let server: StaticServer;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'cs-comp-server-'));
    await mkdir(join(folder, 'assets'));
    await writeFile(join(folder, 'index.html'), '<p>page</p>');
    await writeFile(join(folder, 'main.js'), 'void 0;');
    server = await serveFolder(folder, 0);
  });
  afterAll(async () => {
    await server?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('prints a localhost address', () => {
    expect(server.url).toBe(`http://localhost:${server.port}/`);
  });

  it('serves files with their content type', async () => {
    const page = await fetch(`http://127.0.0.1:${server.port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<p>page</p>');

    const script = await fetch(`http://127.0.0.1:${server.port}/main.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await fetch(`http://127.0.0.1:${server.port}/missing.js`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/assets/`)).status).toBe(404);
  });

  it('answers 405 for other methods', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
