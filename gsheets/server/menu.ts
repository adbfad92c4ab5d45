/// <reference types="google-apps-script" />
import { SIDEBAR_FILE, SIDEBAR_TITLE } from '../files.js';

/** The menu item label, under Extensions → CS Comp. */
export const OPEN_PLAN_BUILDER_LABEL = 'Open plan builder';

/** The top-level function the menu item runs; `entry-points.js` declares it. */
export const OPEN_PLAN_BUILDER_FUNCTION = 'openPlanBuilder';

/**
 * Adds the add-on menu. Sheets may run this in limited authorization, before the user has
 * granted anything, so it touches nothing but the menu: no spreadsheet data, no properties.
 * The add-on menu carries the script project's name, so name the project "CS Comp".
 */
export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(OPEN_PLAN_BUILDER_LABEL, OPEN_PLAN_BUILDER_FUNCTION)
    .addToUi();
}

/** Adds the menu right after installation, since `onOpen` only runs when a file opens. */
export function onInstall(): void {
  onOpen();
}

/** Opens the sidebar page, which then loads its data through `google.script.run`. */
export function openPlanBuilder(): void {
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}
