/** The Apps Script global that holds the bundled core and adapter. Stubs call into it. */
export const BUNDLE_GLOBAL = 'CsComp';

/** The sidebar page as Apps Script names it: the pushed file `sidebar.html` without `.html`. */
export const SIDEBAR_FILE = 'sidebar';

/** The title shown above the sidebar. */
export const SIDEBAR_TITLE = 'CS Comp';

/**
 * Script files of `dist/gsheets/`, in the order `clasp push` sends them (`filePushOrder` in
 * `.clasp.json` lists the same names). Apps Script runs all of them, in this order, before every
 * execution, and no file depends on that order because stubs reach the bundle only when called.
 */
export const SCRIPT_FILES = ['cs-comp.js', 'entry-points.js', 'custom-functions.js'] as const;
