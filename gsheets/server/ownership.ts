/// <reference types="google-apps-script" />

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Developer-metadata key set on every sheet the add-on creates. The add-on writes only to sheets
 * that carry it, so it never overwrites a sheet a person made, even one with the same name.
 */
export const CREATED_BY_ADD_ON_KEY = 'cs-comp.created-by-add-on';

/**
 * Marks a sheet the add-on just created as its own.
 * NOTE: developer metadata under the `spreadsheets.currentonly` scope is expected to work but has
 * not been tried on a real spreadsheet yet.
 */
export function markCreatedByAddOn(sheet: Sheet): void {
  sheet.addDeveloperMetadata(CREATED_BY_ADD_ON_KEY, 'true');
}

/** Tells whether the add-on created a sheet. */
export function isCreatedByAddOn(sheet: Sheet): boolean {
  return sheet.getDeveloperMetadata().some((entry) => entry.getKey() === CREATED_BY_ADD_ON_KEY);
}

/** Lists the ids of every sheet the add-on created, with one metadata search for all sheets. */
export function sheetIdsCreatedByAddOn(spreadsheet: Spreadsheet): Set<number> {
  const ids = new Set<number>();
  const entries = spreadsheet.createDeveloperMetadataFinder().withKey(CREATED_BY_ADD_ON_KEY).find();
  for (const entry of entries) {
    const sheet = entry.getLocation().getSheet();
    if (sheet !== null) ids.add(sheet.getSheetId());
  }
  return ids;
}
