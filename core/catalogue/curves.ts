import { divisionByZero, valueError } from '../errors.js';
import { computeAttainment, DIRECTIONS, type Direction } from '../payout/attainment.js';
import { CURVE_MODES, evaluateCurve, type Curve } from '../payout/curve.js';
import { readNumber } from '../values/numbers.js';
import { readChoice } from '../values/options.js';
import { singleCell } from '../values/range.js';
import { mapRows } from './rowwise.js';
import { readTiers } from './tiers.js';
import { optional, required, type FunctionDefinition } from './types.js';

const fraction = { percent: true } as const;

export const CS_ATTAINMENT: FunctionDefinition = {
  name: 'CS_ATTAINMENT',
  description: 'Attainment of a target as a fraction, row by row (1 = 100 % of target).',
  parameters: [
    required('actual', 'The measured value, such as an NRR of 104% or 6% churn.'),
    required('target', 'The target for that value, in the same unit.'),
    optional(
      'direction',
      'Optional. "higher" (default): actual ÷ target; "lower" for churn, effort or days: ' +
        '2 − actual ÷ target, at least 0; "ratio": target ÷ actual.',
    ),
  ],
  implementation: (actual, target, direction) => {
    const source = { functionName: 'CS_ATTAINMENT', argument: 'direction' };
    const way: Direction = readChoice(singleCell(direction, source), source, DIRECTIONS, 'higher');
    const specs = [
      { name: 'actual', argument: actual, numeric: true },
      { name: 'target', argument: target, numeric: true },
    ];
    return mapRows('CS_ATTAINMENT', specs, (row) => {
      const at = (name: string) => ({
        functionName: 'CS_ATTAINMENT',
        argument: name,
        row: row(name).row,
      });
      const value = readNumber(row('actual').value, at('actual'), fraction);
      const goal = readNumber(row('target').value, at('target'), {
        ...fraction,
        sign: 'nonNegative',
      });
      if (value === undefined || goal === undefined) return '';

      const denominator = way === 'ratio' ? value : goal;
      if (denominator === 0) {
        const name = way === 'ratio' ? 'actual' : 'target';
        throw divisionByZero(
          `CS_ATTAINMENT: ${name} row ${row(name).row} is 0, so attainment is undefined. ` +
            `Enter ${name === 'actual' ? 'an' : 'a'} ${name} other than 0.`,
        );
      }
      return computeAttainment(value, goal, way);
    });
  },
};

export const CS_CURVE: FunctionDefinition = {
  name: 'CS_CURVE',
  description:
    'Payout factor (fraction of target incentive) from attainment and a tier table, row by row.',
  parameters: [
    required('attainment', 'Attainment as a fraction, such as 1.08 or 108%.'),
    required(
      'tiers',
      'Two columns: where each tier starts (attainment) and its rate; in "points" mode, ' +
        '(attainment, factor) points.',
    ),
    optional(
      'mode',
      'Optional. "marginal" (default): each rate pays for the attainment inside its band; ' +
        '"retroactive": the highest band reached pays for all; "points": straight lines between points.',
    ),
    optional('threshold', 'Optional. Attainment below this pays 0; at it, the curve pays.'),
    optional('cap', 'Optional. The highest factor paid, such as 150%.'),
  ],
  implementation: (attainment, tiers, mode, threshold, cap) => {
    const at = (argument: string) => ({ functionName: 'CS_CURVE', argument });
    const curveMode = readChoice(singleCell(mode, at('mode')), at('mode'), CURVE_MODES, 'marginal');
    const curve: Curve = {
      mode: curveMode,
      tiers: readTiers('CS_CURVE', tiers, curveMode),
      ...optionalNumber(
        'threshold',
        readNumber(singleCell(threshold, at('threshold')), at('threshold'), fraction),
      ),
      ...optionalNumber(
        'cap',
        readNumber(singleCell(cap, at('cap')), at('cap'), { ...fraction, sign: 'nonNegative' }),
      ),
    };
    if (curve.cap !== undefined && curve.cap <= 0) {
      throw valueError(
        'CS_CURVE: cap is 0, which would pay nothing. Enter a cap above 0 or leave it blank.',
      );
    }

    const specs = [{ name: 'attainment', argument: attainment, numeric: true }];
    return mapRows('CS_CURVE', specs, (row) => {
      const cell = row('attainment');
      const source = { functionName: 'CS_CURVE', argument: 'attainment', row: cell.row };
      const value = readNumber(cell.value, source, fraction);
      return value === undefined ? '' : evaluateCurve(curve, value).factor;
    });
  },
};

function optionalNumber<K extends string>(
  key: K,
  value: number | undefined,
): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}
