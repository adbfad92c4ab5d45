import * as customFunctionsMetadata from 'custom-functions-metadata';
import type { FunctionDefinition } from '../core/index.js';
import { excelId, idProblems } from './ids.js';

type MetadataFunction = customFunctionsMetadata.IFunction;

/** The content of functions.json, the file Excel reads to list and describe the functions. */
export interface FunctionsMetadata {
  readonly functions: MetadataFunction[];
}

/**
 * Generates functions.json from the catalogue with Microsoft's `custom-functions-metadata`:
 * each definition becomes a JSDoc-annotated declaration, which the package parses the way it
 * parses a hand-written functions file. Throws one error that lists every problem found.
 */
export function generateMetadata(catalogue: readonly FunctionDefinition[]): FunctionsMetadata {
  const problems: string[] = [];
  const functions: MetadataFunction[] = [];
  for (const definition of catalogue) {
    const parsed = parseDeclaration(definition, problems);
    if (parsed !== undefined) {
      problems.push(...compareWithCatalogue(parsed, definition));
      functions.push(parsed);
    }
  }
  problems.push(...duplicateIds(functions));

  if (problems.length > 0) {
    throw new Error(`functions.json cannot be generated:\n- ${problems.join('\n- ')}`);
  }
  // Without allowCustomDataForDataTypeAny, Excel passes a data-type cell as its plain value.
  return { functions };
}

/** Writes the declaration `custom-functions-metadata` reads for one catalogue entry. */
export function declarationSource(definition: FunctionDefinition): string {
  const id = excelId(definition.name);
  const parameters = definition.parameters.map(
    (parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: any[][]`,
  );
  return [
    '/**',
    ` * ${jsdocText(definition.description)}`,
    ` * @customfunction ${id} ${id}`,
    ...definition.parameters.map(
      (parameter) =>
        ` * @param ${parameter.optional ? `[${parameter.name}]` : parameter.name} ` +
        jsdocText(parameter.description),
    ),
    ' */',
    `function ${id.replaceAll('.', '_')}(${parameters.join(', ')}): any[][] {`,
    "  throw new Error('Only the metadata of this declaration is used.');",
    '}',
    '',
  ].join('\n');
}

function parseDeclaration(
  definition: FunctionDefinition,
  problems: string[],
): MetadataFunction | undefined {
  const unsafe = [
    definition.description,
    ...definition.parameters.map((p) => p.description),
  ].filter((text) => text.includes('*/') || /(^|\s)@/.test(text));
  if (unsafe.length > 0) {
    problems.push(`${definition.name}: "*/" or "@" in a description would break the JSDoc`);
    return undefined;
  }

  const result = customFunctionsMetadata.parseTree(declarationSource(definition), definition.name);
  const errors = result.extras.flatMap((extra) => extra.errors);
  problems.push(...errors.map((error) => `${definition.name}: ${error}`));
  const parsed = result.functions[0];
  if (parsed === undefined && errors.length === 0) {
    problems.push(`${definition.name}: custom-functions-metadata found no @customfunction`);
  }
  return errors.length === 0 ? parsed : undefined;
}

function compareWithCatalogue(parsed: MetadataFunction, definition: FunctionDefinition): string[] {
  const problems = idProblems(parsed.id).map((problem) => `${definition.name}: id ${problem}`);
  if (parsed.description !== jsdocText(definition.description)) {
    problems.push(`${definition.name}: the description changed in functions.json`);
  }
  const names = parsed.parameters.map((parameter) => parameter.name).join(', ');
  const expected = definition.parameters.map((parameter) => parameter.name).join(', ');
  if (names !== expected) {
    problems.push(`${definition.name}: parameters are (${names}), expected (${expected})`);
  }
  return problems;
}

function duplicateIds(functions: readonly MetadataFunction[]): string[] {
  const seen = new Set<string>();
  const duplicates = functions.map((fn) => fn.id).filter((id) => seen.has(id) || !seen.add(id));
  return duplicates.map((id) => `id "${id}" is used by more than one function`);
}

/** Puts a description on one JSDoc line. */
function jsdocText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
