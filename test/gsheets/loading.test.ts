import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../core/index.js';
import { entryPoints } from '../../gsheets/entry-points.js';
import { GSHEETS_DIST, loadAppsScriptProject, pushOrder } from './apps-script-host.js';
import { fakeServices } from './fake-services.js';

describe.each(['push', 'reverse'] as const)('Apps Script project loaded in %s order', (order) => {
  it('touches no service while loading', () => {
    const project = loadAppsScriptProject(order);

    expect(project.touchedWhileLoading).toEqual([]);
  });

  it('declares every CS_ function at top level', () => {
    const project = loadAppsScriptProject(order);

    for (const definition of catalogue) {
      expect(typeof project.context[definition.name], definition.name).toBe('function');
    }
  });

  it('declares every entry point at top level', () => {
    const project = loadAppsScriptProject(order);

    for (const entryPoint of entryPoints) {
      expect(typeof project.context[entryPoint.name], entryPoint.name).toBe('function');
    }
  });

  it('builds the add-on menu from onOpen alone', () => {
    const { services, log } = fakeServices();
    const project = loadAppsScriptProject(order, services);

    project.call('onOpen', { authMode: 'NONE' });

    expect(log.used).toEqual(['SpreadsheetApp.getUi']);
    expect(log.menus).toEqual([
      { kind: 'addon', items: [['Open plan builder', 'openPlanBuilder']] },
    ]);
  });

  it('opens the sidebar from the menu item', () => {
    const { services, log } = fakeServices();
    const project = loadAppsScriptProject(order, services);
    project.call('onOpen', { authMode: 'LIMITED' });
    const functionName = log.menus[0]!.items[0]![1];

    project.call(functionName);

    expect(log.used).toContain('HtmlService.createHtmlOutputFromFile sidebar');
    expect(log.sidebars).toHaveLength(1);
    expect(log.sidebars[0]!.title).toBe('CS Comp');
    expect(log.sidebars[0]!.html).toContain('id="data-sheets"');
  });

  it('adds the menu on install', () => {
    const { services, log } = fakeServices();
    const project = loadAppsScriptProject(order, services);

    project.call('onInstall', { authMode: 'FULL' });

    expect(log.menus).toHaveLength(1);
  });
});

describe('push order', () => {
  it('covers every script file of dist/gsheets', () => {
    const scripts = readdirSync(GSHEETS_DIST).filter((file) => /\.(js|gs)$/.test(file));

    expect([...pushOrder()].sort()).toEqual(scripts.sort());
    expect(pushOrder()[0]).toBe('cs-comp.js');
  });

  it('loads without Node globals', () => {
    const project = loadAppsScriptProject('push');

    for (const name of ['require', 'process', 'setTimeout', 'URL', 'TextEncoder', 'fetch']) {
      expect(project.context[name], name).toBeUndefined();
    }
  });
});
