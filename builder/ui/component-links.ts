import { formatTiers, METRICS, parseTiers, type PlanComponent } from '../../core/index.js';
import { CAP_TIMINGS, MODIFIER_SCOPES } from '../../core/plan/types.js';
import type { ComponentForm } from './component-form.js';
import { input, select } from './dom.js';

type Gate = NonNullable<PlanComponent['gate']>;
type Modifier = NonNullable<PlanComponent['modifier']>;

const NONE_OR_METRIC = [['', 'None'], ...METRICS.map((m) => [m.id, m.label])] as [string, string][];

/** Adds the gate, modifier and cap-timing fields, which most components leave at their defaults. */
export function linkFields(form: ComponentForm): HTMLElement[] {
  const { current } = form;
  const gate = (patch: Partial<Gate> | undefined) =>
    form.with('gate', patch && { metric: 'nps', minimum: 0, ...form.current.gate, ...patch });
  const modifier = (patch: Partial<Modifier> | undefined) =>
    form.with(
      'modifier',
      patch && {
        metric: 'nps',
        bands: [{ from: 0, rate: 1 }],
        scope: 'component',
        ...form.current.modifier,
        ...patch,
      },
    );
  const choices = (values: readonly string[]) => values.map((v): [string, string] => [v, v]);

  return [
    form.add(
      'gate.metric',
      'Gate metric',
      select(NONE_OR_METRIC, current.gate?.metric ?? ''),
      (control) => gate(control.value === '' ? undefined : { metric: control.value }),
      { hint: 'Pays only when this metric reaches the minimum.' },
    ),
    form.add(
      'gate.minimum',
      'Gate minimum',
      input('number', current.gate === undefined ? '' : String(current.gate.minimum), {
        step: 'any',
      }),
      form.number(Number, (minimum) => gate({ minimum: minimum ?? 0 }), false),
    ),
    form.add(
      'modifier.metric',
      'Modifier metric',
      select(NONE_OR_METRIC, current.modifier?.metric ?? ''),
      (control) => modifier(control.value === '' ? undefined : { metric: control.value }),
    ),
    form.add(
      'modifier.bands',
      'Modifier bands',
      input('text', current.modifier === undefined ? '' : formatTiers(current.modifier.bands)),
      (control) => {
        const parsed = parseTiers(control.value);
        if ('tiers' in parsed) return modifier({ bands: parsed.tiers });
        return `"${parsed.badPair}" is not a "from: factor" pair.`;
      },
      { hint: 'Metric value: factor pairs. "0: 0.75; 30: 1" pays × 0.75 below 30.' },
    ),
    form.add(
      'modifier.scope',
      'Modifier scope',
      select(choices(MODIFIER_SCOPES), current.modifier?.scope ?? 'component'),
      (control) => modifier({ scope: control.value as Modifier['scope'] }),
    ),
    form.add(
      'capTiming',
      'Cap timing',
      select(choices(CAP_TIMINGS), current.capTiming),
      (control) => ({
        ...form.current,
        capTiming: control.value as PlanComponent['capTiming'],
      }),
    ),
  ];
}
