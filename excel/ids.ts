/** The namespace Excel shows before every function: `=CS.NRR(...)`. */
export const NAMESPACE = 'CS';

const SHEETS_PREFIX = 'CS_';
const ID_CHARACTERS = /^[A-Z][A-Z0-9_.]*$/;
const MINIMUM_ID_LENGTH = 3;
/** A1 style: one to three column letters and a row number, as in `NPS1` or `ABC12`. */
const A1_REFERENCE = /^[A-Z]{1,3}[0-9]+$/;
/** R1C1 style: `R`, `C`, `RC`, `R1`, `C12`, `R1C1`, each number optional. */
const R1C1_REFERENCE = /^(?:R[0-9]*)?(?:C[0-9]*)?$/;

/** Returns the Excel function id for a Sheets name: `CS_NRR` becomes `NRR`. */
export function excelId(sheetsName: string): string {
  return sheetsName.startsWith(SHEETS_PREFIX) ? sheetsName.slice(SHEETS_PREFIX.length) : sheetsName;
}

/**
 * Tells whether Excel would read an id as a cell reference instead of a function. The A1 check
 * is deliberately wider than the sheet (columns up to XFD, rows up to 1,048,576), so an id
 * such as `ZZZ9` is rejected too, because a reader would take it for a cell.
 */
export function looksLikeCellReference(id: string): boolean {
  return id !== '' && (A1_REFERENCE.test(id) || R1C1_REFERENCE.test(id));
}

/**
 * Lists what makes an id unusable in Excel: characters outside A–Z, 0–9, `_` and `.`, a
 * first character that is not a letter, fewer than 3 characters, or the shape of a cell
 * reference. Returns an empty list for a valid id.
 */
export function idProblems(id: string): string[] {
  const problems: string[] = [];
  if (!ID_CHARACTERS.test(id)) {
    problems.push(`"${id}" must start with a letter and use only A-Z, 0-9, "_" and "."`);
  }
  if (id.length < MINIMUM_ID_LENGTH) {
    problems.push(`"${id}" is shorter than ${MINIMUM_ID_LENGTH} characters`);
  }
  if (looksLikeCellReference(id)) {
    problems.push(`"${id}" looks like a cell reference, so Excel would not call the function`);
  }
  return problems;
}
