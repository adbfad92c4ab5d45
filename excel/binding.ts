import type { FunctionDefinition } from '../core/index.js';
import { isDateParameter, type DateSystem } from './dates.js';
import type { DateSystemSetting } from './date-system.js';
import { toExcelError, type FunctionNames } from './errors.js';
import { excelId, NAMESPACE } from './ids.js';
import { toCoreArgument, toExcelResult, type ExcelCell } from './values.js';

/** A function as `CustomFunctions.associate` receives it. */
export type ExcelFunction = (...args: unknown[]) => ExcelCell[][] | Promise<ExcelCell[][]>;

/**
 * Wraps a catalogue function for Excel: converts the arguments, runs the core, converts the
 * result and turns a thrown error into a `CustomFunctions.Error`. Until the workbook's date
 * system is known, calls wait for it and return a promise; after that they return at once.
 */
export function bindFunction(
  definition: FunctionDefinition,
  dateSystem: DateSystemSetting,
): ExcelFunction {
  const names: FunctionNames = {
    sheets: definition.name,
    excel: `${NAMESPACE}.${excelId(definition.name)}`,
  };
  const invoke = (system: DateSystem, args: readonly unknown[]): ExcelCell[][] => {
    try {
      const coreArgs = definition.parameters.map((parameter, index) =>
        toCoreArgument(args[index], {
          functionName: names.excel,
          parameter: parameter.name,
          isDate: isDateParameter(parameter),
          dateSystem: system,
        }),
      );
      return toExcelResult(definition.implementation(...coreArgs), system, names.excel);
    } catch (error) {
      throw toExcelError(error, names);
    }
  };

  return (...args) => {
    const system = dateSystem.current();
    if (system !== undefined) return invoke(system, args);
    return dateSystem.ready.then((known) => invoke(known, args));
  };
}
