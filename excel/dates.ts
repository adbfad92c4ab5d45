import type { ParameterDefinition } from '../core/index.js';

/** The date system a workbook counts serial numbers in. */
export type DateSystem = '1900' | '1904';

/**
 * Days from the 1900 system's epoch to the 1904 system's: 1904-01-01 is serial 1462 in the
 * 1900 system and serial 0 in the 1904 system.
 */
export const DAYS_BETWEEN_DATE_SYSTEMS = 1462;

/** Tells whether a parameter receives dates, which need converting in a 1904 workbook. */
export function isDateParameter(parameter: ParameterDefinition): boolean {
  return parameter.kind === 'date';
}

/** Converts a serial of the workbook's system to the 1900 system the core reads. */
export function toSerial1900(serial: number, system: DateSystem): number {
  return system === '1904' ? serial + DAYS_BETWEEN_DATE_SYSTEMS : serial;
}

/** Converts a serial of the 1900 system to the workbook's system. */
export function fromSerial1900(serial: number, system: DateSystem): number {
  return system === '1904' ? serial - DAYS_BETWEEN_DATE_SYSTEMS : serial;
}
