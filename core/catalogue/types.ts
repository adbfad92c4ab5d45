import type { SheetArgument, SheetResult } from '../values/types.js';

/** One parameter of a cell function, as Sheets autocomplete and Excel formula help show it. */
export interface ParameterDefinition {
  /** Lower snake case, as in the function's signature: `starting_arr`. */
  readonly name: string;
  readonly description: string;
  readonly optional: boolean;
  /**
   * `date` for parameters that take dates, which hosts convert before the call: Excel adds
   * 1,462 days to a 1904-system serial, Sheets turns a `Date` into ISO text.
   */
  readonly kind: 'value' | 'date';
}

/** The implementation of a cell function over the values a spreadsheet passes. */
export type SheetFunction = (...args: SheetArgument[]) => SheetResult;

/**
 * One public cell function. Every host generates its binding from this definition, so a
 * function cannot exist in one host and not in another.
 */
export interface FunctionDefinition {
  /** The Sheets name, `CS_NRR`. Excel uses the same name without `CS_` in namespace `CS`. */
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly ParameterDefinition[];
  readonly implementation: SheetFunction;
}

/** Declares a required parameter. */
export function required(
  name: string,
  description: string,
  kind: ParameterDefinition['kind'] = 'value',
): ParameterDefinition {
  return { name, description, optional: false, kind };
}

/** Declares an optional parameter. */
export function optional(
  name: string,
  description: string,
  kind: ParameterDefinition['kind'] = 'value',
): ParameterDefinition {
  return { name, description, optional: true, kind };
}
