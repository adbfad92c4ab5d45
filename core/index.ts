export { catalogue, sheetFunctions } from './catalogue/index.js';
export type { FunctionDefinition, ParameterDefinition, SheetFunction } from './catalogue/types.js';
export { CellError, isCellError, type CellErrorKind } from './errors.js';
export type {
  CalendarDate,
  ResultScalar,
  SheetArgument,
  SheetResult,
  SheetScalar,
} from './values/types.js';
export {
  calendarDate,
  epochDayFromSerial,
  formatIsoDate,
  parseIsoDate,
  serialFromEpochDay,
} from './values/dates.js';
