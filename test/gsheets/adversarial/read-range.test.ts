import { beforeEach, describe, expect, it } from 'vitest';
import { loadAppsScriptProject, type AppsScriptProject } from '../apps-script-host.js';
import { FakeSpreadsheet } from '../fake-spreadsheet.js';
import { fakeServices } from '../fake-services.js';

let spreadsheet: FakeSpreadsheet;
let project: AppsScriptProject;

beforeEach(() => {
  spreadsheet = new FakeSpreadsheet('Europe/Paris');
  project = loadAppsScriptProject('push', fakeServices(spreadsheet).services);
  spreadsheet.addSheet('Accounts', [['Account'], ['Acme']]);
});

function callError(request: unknown): string {
  try {
    project.call('readSheetValues', request);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('readSheetValues did not throw');
}

describe('readSheetValues with a bad range', () => {
  it('names an invalid A1 range', () => {
    expect(callError({ sheetName: 'Accounts', a1Notation: 'A1:' })).toBe(
      'Range "A1:" was not found in sheet "Accounts". Give an A1 range such as A1:F200.',
    );
  });

  it('rejects a range that is not text', () => {
    expect(callError({ sheetName: 'Accounts', a1Notation: 5 })).toBe(
      'a1Notation is 5; expected an A1 range such as A1:F200.',
    );
  });
});
