/**
 * `npm start`: builds the local workbook page and serves it on localhost until stopped with
 * Ctrl+C. PORT sets the port (default 8080; 0 picks a free one).
 */
import { buildUniver, UNIVER_DIST } from './build.js';
import { serveFolder } from './server.js';

const DEFAULT_PORT = 8080;

const port = readPort(process.env['PORT']);
await buildUniver();
const server = await serveFolder(UNIVER_DIST, port).catch((error: unknown) => {
  const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(
    inUse
      ? `Port ${port} is in use. Start with another port, such as PORT=8081 npm start, or PORT=0 for a free one.`
      : `Failed to start the server on port ${port}: ${String(error)}`,
  );
  process.exit(1);
});

console.log(`CS Comp local workbook: ${server.url}`);
console.log('Press Ctrl+C to stop.');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log('Stopping the server.');
    void server.close().then(() => process.exit(0));
  });
}

function readPort(text: string | undefined): number {
  if (text === undefined || text === '') return DEFAULT_PORT;
  const value = Number(text);
  if (Number.isInteger(value) && value >= 0 && value <= 65_535) return value;
  console.error(`PORT is "${text}", which is not a port number. Use 0 to 65535, such as 8080.`);
  process.exit(1);
}
