import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';

/** `npm start` running on a free port, and the address it printed. */
export interface StartedServer {
  readonly url: string;
  stop(): void;
}

/** Runs `npm start` with PORT=0 and waits for the page address it prints. */
export async function startServer(timeoutMs = 120_000): Promise<StartedServer> {
  const child = spawn('npm', ['start'], {
    cwd: new URL('../../', import.meta.url),
    env: { ...process.env, PORT: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => stopGroup(child);
  try {
    const url = await printedUrl(child, timeoutMs);
    return { url, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** A page of the local workbook, with every console error and non-localhost request seen. */
export interface WorkbookPage {
  readonly browser: Browser;
  readonly page: Page;
  readonly consoleErrors: string[];
  readonly foreignRequests: string[];
}

/**
 * Opens the page in Debian's Chromium and waits for the first calculation. Requests to any
 * host but localhost are recorded and aborted, so a test can fail on them without them leaving.
 */
export async function openWorkbookPage(url: string): Promise<WorkbookPage> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(url).origin,
  });
  const page = await context.newPage();

  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await context.route('**/*', (route) => {
    const requested = new URL(route.request().url());
    if (requested.hostname === 'localhost') return route.continue();
    foreignRequests.push(requested.href);
    return route.abort();
  });

  await page.goto(url);
  await page.waitForFunction(() => window.univerAPI !== undefined && window.csComp !== undefined);
  await page.evaluate(() => window.univerAPI.getFormula().onCalculationResultApplied());
  return { browser, page, consoleErrors, foreignRequests };
}

function printedUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`npm start printed no address within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:\d+\//.exec(output);
      if (match === null) return;
      clearTimeout(timer);
      resolve(match[0]);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`npm start exited with code ${code} before printing an address:\n${output}`),
      );
    });
  });
}

/** Stops npm and the server it started: both are in the process group led by `child`. */
function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
