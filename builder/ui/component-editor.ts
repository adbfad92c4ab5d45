import {
  CURVE_MODES,
  DIRECTIONS,
  findMetric,
  formatTiers,
  METRICS,
  parseTiers,
  type PlanComponent,
} from '../../core/index.js';
import { ComponentForm } from './component-form.js';
import { linkFields } from './component-links.js';
import { curveChart } from './curve-chart.js';
import { button, h, input, select, type Field } from './dom.js';
import {
  fromMetricText,
  fromPercentText,
  metricLabel,
  toMetricText,
  toPercentText,
} from './plan-units.js';

/** A component's editor and its fields by key (`weight`, `gate.metric`, …) for messages. */
export interface ComponentEditor {
  readonly element: HTMLElement;
  readonly fields: ReadonlyMap<string, Field<HTMLElement>>;
}

/** Events of an editor: a changed component (redrawn when its units change), or its removal. */
export interface EditorEvents {
  change(component: PlanComponent, redraw: boolean): void;
  remove(): void;
}

const METRIC_OPTIONS = METRICS.map((metric): [string, string] => [metric.id, metric.label]);
const choices = (values: readonly string[]) => values.map((v): [string, string] => [v, v]);

/** Builds the labelled fields of one plan component, its curve chart and its remove button. */
export function componentEditor(component: PlanComponent, events: EditorEvents): ComponentEditor {
  let chart = curveChart(component);
  const form = new ComponentForm(component, (next, redraw) => {
    const redrawn = curveChart(next);
    chart.replaceWith(redrawn);
    chart = redrawn;
    events.change(next, redraw);
  });
  const { metric } = component;
  const inMetricUnit = (text: string) => fromMetricText(metric, text);
  const numberInput = (text: string) => input('number', text, { step: 'any' });

  const fields = [
    form.add('name', 'Component name', input('text', component.name), (control) => ({
      ...form.current,
      name: control.value,
    })),
    form.add(
      'metric',
      'Metric',
      select(METRIC_OPTIONS, findMetric(metric)?.id ?? metric),
      (control) => ({
        ...form.current,
        metric: control.value,
        direction: findMetric(control.value)?.direction ?? form.current.direction,
      }),
      { redraw: true },
    ),
    form.add(
      'weight',
      'Weight (%)',
      numberInput(toPercentText(component.weight)),
      form.number(fromPercentText, (weight) => ({ ...form.current, weight: weight ?? 0 }), false),
    ),
    form.add('direction', 'Direction', select(choices(DIRECTIONS), component.direction), (c) => ({
      ...form.current,
      direction: c.value as PlanComponent['direction'],
    })),
    form.add(
      'target',
      metricLabel(metric, 'Target'),
      numberInput(toMetricText(metric, component.target)),
      form.number(inMetricUnit, (target) => ({ ...form.current, target: target ?? 0 }), false),
    ),
    form.add(
      'threshold',
      metricLabel(metric, 'Threshold'),
      numberInput(toMetricText(metric, component.threshold)),
      form.number(inMetricUnit, (value) => form.with('threshold', value), true),
      { hint: 'Below it the component pays 0. Blank: none.' },
    ),
    form.add(
      'cap',
      'Cap (%)',
      numberInput(toPercentText(component.cap)),
      form.number(fromPercentText, (value) => form.with('cap', value), true),
      {
        hint: 'Highest payout factor of this component: 150% pays at most 1.5× its share. Blank: none.',
      },
    ),
    form.add('mode', 'Curve', select(choices(CURVE_MODES), component.curve.mode), (control) => ({
      ...form.current,
      curve: { ...form.current.curve, mode: control.value as PlanComponent['curve']['mode'] },
    })),
    form.add(
      'tiers',
      'Tiers',
      input('text', formatTiers(component.curve.tiers)),
      (control) => {
        const parsed = parseTiers(control.value);
        if (!('tiers' in parsed)) return `"${parsed.badPair}" is not a "from: rate" pair.`;
        return { ...form.current, curve: { ...form.current.curve, tiers: parsed.tiers } };
      },
      { hint: 'Attainment: rate pairs, where 1 is 100%. "0: 1; 1: 1.5" pays 1.5× above target.' },
    ),
  ];
  const extras = h(
    'details',
    { class: 'extras' },
    h('summary', {}, 'Gate, modifier, cap timing'),
    ...linkFields(form),
  );
  extras.open = component.gate !== undefined || component.modifier !== undefined;
  const legend = h('legend', {}, `${component.role} · ${component.name}`);
  const remove = button(`Remove ${component.name}`, events.remove, { class: 'link' });
  const element = h('fieldset', { class: 'component' }, legend, ...fields, chart, extras, remove);
  return { element, fields: form.fields };
}
