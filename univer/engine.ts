import type {
  ArrayValueObject,
  BaseFunction,
  BooleanValueObject,
  ErrorValueObject,
  FunctionType,
  NumberValueObject,
  StringValueObject,
} from '@univerjs/preset-sheets-core';

/**
 * The classes of Univer's formula engine the adapter builds on. Node loads them with `require`
 * and the browser bundle imports them, so the adapter takes them as a parameter: every function
 * class and value object must come from the engine copy that runs the workbook, because the
 * engine tells value kinds apart by their classes.
 */
export interface FormulaEngine {
  readonly BaseFunction: typeof BaseFunction;
  readonly ArrayValueObject: typeof ArrayValueObject;
  readonly BooleanValueObject: typeof BooleanValueObject;
  readonly ErrorValueObject: typeof ErrorValueObject;
  readonly NumberValueObject: typeof NumberValueObject;
  readonly StringValueObject: typeof StringValueObject;
  readonly FunctionType: typeof FunctionType;
}
