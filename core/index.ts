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
export * from './plan/index.js';
export {
  calculatePayout,
  type ComponentPayout,
  type Payout,
  type RepInput,
} from './payout/calculate.js';
export { explainPayout } from './payout/explain.js';
export { computeAttainment, DIRECTIONS, type Direction } from './payout/attainment.js';
export {
  evaluateCurve,
  CURVE_MODES,
  type Curve,
  type CurveMode,
  type Tier,
} from './payout/curve.js';
export { employedShare, type ProrationMethod } from './payout/proration.js';
export { roundMoney, sumMoney, toCents } from './money/rounding.js';
export { formatMoney, formatPercent } from './money/format.js';
export { applyDraw, clawbackAdjustment } from './money/draws.js';
