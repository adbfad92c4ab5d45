/**
 * Replaces office-addin-manifest when office-addin-mock is bundled for the browser: the mock
 * only needs the `OfficeApp` names, and the real package reads files with Node's fs.
 */
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word',
}
