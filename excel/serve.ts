/**
 * Serves dist/excel over https://localhost:3000 for sideloading during development, with the
 * localhost certificate from office-addin-dev-certs (created and trusted on first use).
 * Usage: npx tsx excel/serve.ts [port]
 */
import { createServer } from 'node:https';
import { fileURLToPath } from 'node:url';
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import { createStaticHandler } from './static-files.js';

const port = Number(process.argv[2] ?? 3000);
const root = fileURLToPath(new URL('../dist/excel/', import.meta.url));

const server = createServer(await getHttpsServerOptions(), createStaticHandler(root));
server.listen(port, 'localhost', () => {
  console.log(`Serving ${root} at https://localhost:${port}/`);
});
