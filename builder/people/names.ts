/**
 * Characters that SUMIF, AVERAGEIF and VLOOKUP read as a pattern in a criterion: `*` and `?` are
 * wildcards, `~` escapes, and a leading `=`, `<` or `>` compares instead of matching.
 */
const PATTERN = /[*?~]|^\s*[=<>]/;

/**
 * Checks a rep or owner name that payout formulas match with SUMIF, AVERAGEIF and VLOOKUP.
 * Returns why the name would match other reps' rows, or `undefined` when it matches exactly.
 * NOTE: escaping the name (`~*`, `"="&name`) is not used because Univer 0.25 reads `~~` and
 * `==` differently from Excel and Sheets.
 */
export function repNameProblem(name: string): string | undefined {
  if (!PATTERN.test(name)) return undefined;
  return (
    `The name ${JSON.stringify(name)} contains * ? ~ or starts with = < >, which SUMIF and ` +
    `VLOOKUP read as a pattern, so its payout would count other reps' rows. Rename it in the data.`
  );
}

/** Returns the problem of the first rep whose name payout formulas would read as a pattern. */
export function repsNameProblem(reps: readonly { readonly name: string }[]): string | undefined {
  for (const rep of reps) {
    const problem = repNameProblem(rep.name);
    if (problem !== undefined) return problem;
  }
  return undefined;
}
