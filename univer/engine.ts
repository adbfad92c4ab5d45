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
 * The classes of Univer's formula engine the adapter builds on. Node loads Univer's CommonJS
 * build and the browser bundles its ES build, which are separate copies of every class. The
 * adapter takes the classes as a parameter, so its functions and values always come from the
 * copy that runs the workbook.
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
