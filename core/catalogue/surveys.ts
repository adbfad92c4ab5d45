import { valueError } from '../errors.js';
import { customerEffortScore, customerSatisfaction, netPromoterScore } from '../metrics/surveys.js';
import { poolNumbers } from '../values/columns.js';
import { readNumber } from '../values/numbers.js';
import { singleCell } from '../values/range.js';
import type { SheetArgument, SheetResult } from '../values/types.js';
import { aggregate } from './aggregate.js';
import { requireResponses } from './guards.js';
import { optional, required, type FunctionDefinition } from './types.js';

const score = { noun: 'a score' } as const;
const GROUP_BY = optional(
  'group_by',
  'Optional. One key per response, such as the account owner; returns one (key, value) row per key.',
);

export const CS_NPS: FunctionDefinition = {
  name: 'CS_NPS',
  description:
    'Net promoter score from 0–10 responses: % promoters (9–10) − % detractors (0–6), −100 to 100.',
  parameters: [
    required(
      'scores',
      'Responses to "How likely are you to recommend us?", whole numbers 0 to 10.',
    ),
    GROUP_BY,
  ],
  implementation: (scores, groupBy) =>
    surveyMetric('CS_NPS', scores, groupBy, { min: 0, max: 10 }, netPromoterScore),
};

export const CS_CSAT: FunctionDefinition = {
  name: 'CS_CSAT',
  description:
    'Customer satisfaction as a fraction: the share of responses at or above satisfied_min.',
  parameters: [
    required('scores', 'Responses, whole numbers from 1 to the scale.'),
    optional('scale', 'Optional. The highest point of the scale; default 5.'),
    optional(
      'satisfied_min',
      'Optional. The lowest response that counts as satisfied; default the top two points (4 of 5).',
    ),
    GROUP_BY,
  ],
  implementation: (scores, scale, satisfiedMin, groupBy) => {
    const max = readScale('CS_CSAT', scale, 5);
    const threshold = readSatisfiedMin(satisfiedMin, max) ?? max - 1;
    return surveyMetric('CS_CSAT', scores, groupBy, { min: 1, max }, (responses) =>
      customerSatisfaction(responses, threshold),
    );
  },
};

export const CS_CES: FunctionDefinition = {
  name: 'CS_CES',
  description: 'Customer effort score: the mean response on the stated scale.',
  parameters: [
    required('scores', 'Responses, whole numbers from 1 to the scale.'),
    optional('scale', 'Optional. The highest point of the scale; default 7.'),
    GROUP_BY,
  ],
  implementation: (scores, scale, groupBy) => {
    const max = readScale('CS_CES', scale, 7);
    return surveyMetric('CS_CES', scores, groupBy, { min: 1, max }, customerEffortScore);
  },
};

/**
 * Checks that every response is a whole number on the scale, then computes the metric over all
 * responses or per group. Blank cells are not responses.
 */
function surveyMetric(
  functionName: string,
  scores: SheetArgument,
  groupBy: SheetArgument,
  range: { readonly min: number; readonly max: number },
  metric: (responses: readonly number[]) => number,
): SheetResult {
  for (const response of poolNumbers(functionName, 'scores', scores, score)) {
    if (isWholeBetween(response.value, range.min, range.max)) continue;
    throw valueError(
      `${functionName}: scores row ${response.row} is ${response.value}, which is not a ` +
        `response on this scale. Enter a whole number from ${range.min} to ${range.max}, ` +
        `or leave the cell blank.`,
    );
  }

  const inputs = [{ name: 'scores', argument: scores, reading: score }];
  return aggregate(functionName, inputs, groupBy, (values, scope) => {
    const responses = values.get('scores') ?? [];
    requireResponses(functionName, responses.length, scope);
    return metric(responses);
  });
}

function readScale(functionName: string, argument: SheetArgument, fallback: number): number {
  const source = { functionName, argument: 'scale' };
  const scale = readNumber(singleCell(argument, source), source, score) ?? fallback;
  if (isWholeBetween(scale, 2, Infinity)) return scale;
  throw valueError(
    `${functionName}: scale is ${scale}, which is not the top of a scale. ` +
      `Enter a whole number of 2 or more, such as 5 or 7.`,
  );
}

function readSatisfiedMin(argument: SheetArgument, scale: number): number | undefined {
  const source = { functionName: 'CS_CSAT', argument: 'satisfied_min' };
  const point = readNumber(singleCell(argument, source), source, score);
  if (point === undefined || isWholeBetween(point, 1, scale)) return point;
  throw valueError(
    `CS_CSAT: satisfied_min is ${point}, which is not a point of the scale. ` +
      `Enter a whole number from 1 to ${scale}.`,
  );
}

function isWholeBetween(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}
