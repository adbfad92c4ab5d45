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

/**
 * Returns the first problem with the reps' names: a name payout formulas would read as a
 * pattern, or a name listed twice ignoring case, as SUMIF matches, which would pay both rows on
 * all of that rep's accounts.
 */
export function repsNameProblem(reps: readonly { readonly name: string }[]): string | undefined {
  const seen = new Map<string, string>();
  for (const rep of reps) {
    const problem = repNameProblem(rep.name);
    if (problem !== undefined) return problem;

    const key = rep.name.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      return (
        `The reps ${JSON.stringify(first)} and ${JSON.stringify(rep.name)} are the same name, so ` +
        `each would be paid on all of its accounts. List each rep once.`
      );
    }
    seen.set(key, rep.name);
  }
  return undefined;
}
