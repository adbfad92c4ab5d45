import type { Ctor } from '@univerjs/core';
import type { BaseFunction, BaseValueObject, IFunctionInfo } from '@univerjs/preset-sheets-core';
import { isCellError, type FunctionDefinition } from '../core/index.js';
import { readArguments } from './arguments.js';
import type { FormulaEngine } from './engine.js';
import type { CellErrorMessage, CellErrorMessages } from './error-messages.js';
import { ERROR_TYPES, errorValue, writeResult } from './results.js';

/** The options Univer's formula plugins add functions from: executors and descriptions. */
export interface FormulaFunctions {
  /** The formula engine's `function` option: each class with the name it is called by. */
  readonly function: Array<[Ctor<BaseFunction>, string]>;
  /** The sheets formula plugin's `description` option, shown by autocomplete and help. */
  readonly description: IFunctionInfo[];
}

/**
 * Builds one engine function per catalogue definition, under its Sheets name (`CS_NRR`). Each
 * converts the engine's values to the core's, calls the implementation, and converts back. A
 * `CellError` becomes `#VALUE!`, `#DIV/0!` or `#N/A`, and its message is kept in `messages`.
 */
export function catalogueFunctions(
  engine: FormulaEngine,
  definitions: readonly FunctionDefinition[],
  messages: CellErrorMessages,
): FormulaFunctions {
  return {
    function: definitions.map((definition) => [
      executorClass(engine, definition, messages),
      definition.name,
    ]),
    description: definitions.map((definition) => describeFunction(engine, definition)),
  };
}

interface Outcome {
  readonly value: BaseValueObject;
  readonly error?: CellErrorMessage;
}

function executorClass(
  engine: FormulaEngine,
  definition: FunctionDefinition,
  messages: CellErrorMessages,
): Ctor<BaseFunction> {
  return class CatalogueFunction extends engine.BaseFunction {
    override calculate(...variants: BaseValueObject[]): BaseValueObject {
      const outcome = evaluate(engine, definition, variants);
      const position = {
        unitId: this.unitId ?? '',
        sheetId: this.subUnitId ?? '',
        row: this.row,
        column: this.column,
      };
      messages.record(position, definition.name, outcome.error);
      return outcome.value;
    }
  };
}

function evaluate(
  engine: FormulaEngine,
  definition: FunctionDefinition,
  variants: readonly BaseValueObject[],
): Outcome {
  const { name, parameters } = definition;
  const countError = checkArgumentCount(definition, variants.length);
  if (countError !== undefined) return failure(engine, name, '#N/A', countError);

  const args = readArguments(
    name,
    parameters.map((parameter) => parameter.name),
    variants,
  );
  if (!Array.isArray(args)) return failure(engine, name, args.errorType, args.message);

  try {
    return { value: writeResult(engine, definition.implementation(...args)) };
  } catch (error: unknown) {
    if (isCellError(error)) return failure(engine, name, ERROR_TYPES[error.kind], error.message);
    // Any other exception is a bug in the core. Escaping calculate(), it would abort Univer's
    // calculation (in Node it ended the process), so the cell shows it instead.
    console.error(`${name} failed unexpectedly`, error);
    return failure(engine, name, '#VALUE!', `${name} failed unexpectedly: ${String(error)}`);
  }
}

function checkArgumentCount(definition: FunctionDefinition, count: number): string | undefined {
  const maximum = definition.parameters.length;
  const minimum = definition.parameters.filter((parameter) => !parameter.optional).length;
  if (count >= minimum && count <= maximum) return undefined;

  const expected = minimum === maximum ? `${minimum}` : `${minimum} to ${maximum}`;
  const signature = definition.parameters
    .map((parameter) => (parameter.optional ? `[${parameter.name}]` : parameter.name))
    .join(', ');
  return `${definition.name} takes ${expected} arguments (${signature}) but was given ${count}.`;
}

function failure(
  engine: FormulaEngine,
  functionName: string,
  errorType: string,
  message: string,
): Outcome {
  return {
    value: errorValue(engine, errorType, message),
    error: { functionName, errorType, message },
  };
}

function describeFunction(engine: FormulaEngine, definition: FunctionDefinition): IFunctionInfo {
  return {
    functionName: definition.name,
    functionType: engine.FunctionType.User,
    description: definition.description,
    abstract: definition.description,
    functionParameter: definition.parameters.map((parameter) => ({
      name: parameter.name,
      detail: parameter.description,
      example: parameter.name,
      require: parameter.optional ? 0 : 1,
      repeat: 0,
    })),
  };
}
