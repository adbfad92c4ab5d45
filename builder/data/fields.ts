/**
 * The data fields the builder maps columns to, grouped by the kind of sheet that holds them,
 * with the header names each is commonly exported under.
 */

/** A kind of sheet the builder reads: the book of accounts, subscription rows, survey responses, reps. */
export type SourceId = 'accounts' | 'subscriptions' | 'surveys' | 'roster';

/** Kind of a field, which decides its checks: ids unique, numbers and dates readable. */
export type FieldKind = 'id' | 'text' | 'number' | 'date' | 'flag' | 'score';

/** A column the builder can use, and the header names it is recognised by. */
export interface FieldDefinition {
  readonly id: string;
  readonly source: SourceId;
  readonly label: string;
  readonly kind: FieldKind;
  /** Header names, compared after lower-casing and turning `_`, `-` and `.` into spaces. */
  readonly synonyms: readonly string[];
}

/** Each source's name as the screens show it, and the fields that make a sheet usable as it. */
export const SOURCES: readonly {
  readonly id: SourceId;
  readonly label: string;
  readonly required: readonly string[];
}[] = [
  { id: 'accounts', label: 'Accounts', required: ['accountId', 'owner'] },
  { id: 'subscriptions', label: 'Subscriptions', required: ['accountId', 'startDate', 'arr'] },
  { id: 'surveys', label: 'Survey responses', required: [] },
  { id: 'roster', label: 'Roster', required: ['rep'] },
];

const ACCOUNT_ID = ['account id', 'account', 'account number', 'customer id', 'company id', 'id'];
const OWNER = [
  'owner',
  'account owner',
  'csm',
  'csm name',
  'customer success manager',
  'cs owner',
  'success manager',
  'assigned csm',
  'assigned to',
  'owner name',
];

export const FIELDS: readonly FieldDefinition[] = [
  field('accounts', 'accountId', 'Account id', 'id', ACCOUNT_ID),
  field('accounts', 'owner', 'Owner', 'text', OWNER),
  field('accounts', 'startingArr', 'Starting ARR', 'number', [
    'starting arr',
    'start arr',
    'beginning arr',
    'opening arr',
    'arr',
    'arr amount',
    'current arr',
  ]),
  field('accounts', 'expansion', 'Expansion', 'number', ['expansion', 'expansion arr', 'upsell']),
  field('accounts', 'contraction', 'Contraction', 'number', [
    'contraction',
    'contraction arr',
    'downgrade',
    'downsell',
  ]),
  field('accounts', 'churned', 'Churned', 'number', ['churned', 'churned arr', 'churn', 'lost arr']),
  field('accounts', 'renewalDue', 'Up for renewal', 'flag', [
    'up for renewal',
    'renewal due',
    'due for renewal',
  ]),
  field('accounts', 'renewed', 'Renewed', 'flag', ['renewed', 'did renew']),
  field('accounts', 'health', 'Health score', 'number', ['health', 'health score']),
  field('accounts', 'onboardingStart', 'Onboarding start', 'date', [
    'onboarding start',
    'kickoff date',
    'onboarding started',
  ]),
  field('accounts', 'onboardingEnd', 'Onboarding end', 'date', [
    'onboarding end',
    'go live date',
    'onboarding completed',
  ]),
  field('subscriptions', 'accountId', 'Account id', 'text', ACCOUNT_ID),
  field('subscriptions', 'startDate', 'Start date', 'date', ['start date', 'start', 'starts on']),
  field('subscriptions', 'endDate', 'End date', 'date', ['end date', 'end', 'cancel date']),
  field('subscriptions', 'arr', 'ARR', 'number', ['arr', 'arr amount', 'annual value']),
  field('subscriptions', 'owner', 'Owner', 'text', OWNER),
  field('surveys', 'accountId', 'Account id', 'text', ACCOUNT_ID),
  field('surveys', 'owner', 'Owner', 'text', OWNER),
  field('surveys', 'csat', 'CSAT score', 'score', [
    'csat',
    'csat score',
    'satisfaction',
    'satisfaction score',
  ]),
  field('surveys', 'nps', 'NPS score', 'score', ['nps', 'nps score', 'likelihood to recommend']),
  field('surveys', 'ces', 'Effort score', 'score', ['ces', 'effort score', 'customer effort']),
  field('roster', 'rep', 'Rep', 'text', ['rep', 'name', 'rep name', 'csm', 'employee', 'owner']),
  field('roster', 'role', 'Role', 'text', ['role', 'title', 'job title', 'position']),
  field('roster', 'targetIncentive', 'Target incentive', 'number', [
    'target incentive',
    'ti',
    'variable target',
    'incentive target',
    'bonus target',
  ]),
  field('roster', 'ote', 'OTE', 'number', ['ote', 'on target earnings']),
  field('roster', 'payMix', 'Variable share', 'number', ['variable share', 'pay mix', 'variable']),
  field('roster', 'employedFrom', 'Employed from', 'date', [
    'employed from',
    'start date',
    'hire date',
    'joined',
  ]),
  field('roster', 'employedTo', 'Employed to', 'date', [
    'employed to',
    'end date',
    'leave date',
    'termination date',
  ]),
];

/** Lists the fields of one source, in the order the screens show them. */
export function fieldsOf(source: SourceId): FieldDefinition[] {
  return FIELDS.filter((definition) => definition.source === source);
}

function field(
  source: SourceId,
  id: string,
  label: string,
  kind: FieldKind,
  synonyms: readonly string[],
): FieldDefinition {
  return { id, source, label, kind, synonyms };
}
