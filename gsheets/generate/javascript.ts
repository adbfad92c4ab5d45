const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends ' +
    'false finally for function if import in instanceof new null return super switch this throw ' +
    'true try typeof var void while with yield let static implements interface package private ' +
    'protected public await arguments eval'
  ).split(' '),
);

/**
 * Checks that a name can be a JavaScript function or parameter name, so a catalogue entry such
 * as `new` or `start-date` fails the build instead of the push.
 */
export function requireIdentifier(name: string, label: string): string {
  if (IDENTIFIER.test(name) && !RESERVED.has(name)) return name;
  throw new Error(`${label} "${name}" is not a valid JavaScript name; rename it in the catalogue.`);
}

/** Makes text safe inside a `/** … *\/` comment, on one line. */
export function commentText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
}
