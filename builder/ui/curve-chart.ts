import {
  computeAttainment,
  evaluateCurve,
  formatPercent,
  type PlanComponent,
} from '../../core/index.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 260;
const HEIGHT = 110;
const PAD = 18;
/** Attainment shown on the x axis, from 0 to this fraction (200 %). */
const MAX_ATTAINMENT = 2;
const STEPS = 80;

/**
 * Draws a component's payout factor against attainment, from 0 to 200 %, with its threshold
 * and cap applied, and describes the curve in words for screen readers.
 */
export function curveChart(component: PlanComponent): SVGSVGElement {
  const points = curvePoints(component);
  const top = Math.max(1, ...points.map((point) => point.factor)) * 1.1;
  const x = (attainment: number) => PAD + (attainment / MAX_ATTAINMENT) * (WIDTH - 2 * PAD);
  const y = (factor: number) => HEIGHT - PAD - (factor / top) * (HEIGHT - 2 * PAD);

  const svg = element('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', class: 'curve' });
  svg.setAttribute('aria-label', describeCurve(points));
  const axes = `M${PAD},${PAD} V${HEIGHT - PAD} H${WIDTH - PAD}`;
  const target = `M${x(1)},${PAD} V${HEIGHT - PAD}`;
  const line = points
    .map(
      (point, index) =>
        `${index === 0 ? 'M' : 'L'}${x(point.attainment).toFixed(1)},${y(point.factor).toFixed(1)}`,
    )
    .join(' ');
  svg.append(
    element('path', { d: axes, class: 'axis' }),
    element('path', { d: target, class: 'target-line' }),
    element('path', { d: line, class: 'line' }),
    label(x(1), HEIGHT - 4, '100%'),
    label(x(MAX_ATTAINMENT) - 8, HEIGHT - 4, '200%'),
    label(PAD + 2, PAD - 6, `${formatPercent(top / 1.1)} max shown`),
  );
  return svg;
}

interface CurvePoint {
  readonly attainment: number;
  readonly factor: number;
}

/** Samples the curve as the payout calculation applies it: threshold first, then the cap. */
export function curvePoints(component: PlanComponent): CurvePoint[] {
  const threshold =
    component.threshold === undefined
      ? undefined
      : computeAttainment(component.threshold, component.target, component.direction);
  const curve = {
    ...component.curve,
    ...(threshold === undefined || !Number.isFinite(threshold) ? {} : { threshold }),
    ...(component.cap === undefined ? {} : { cap: component.cap }),
  };
  return Array.from({ length: STEPS + 1 }, (_, step) => {
    const attainment = (step / STEPS) * MAX_ATTAINMENT;
    const factor = evaluateCurve(curve, attainment).factor;
    return { attainment, factor: Number.isFinite(factor) ? factor : 0 };
  });
}

function describeCurve(points: readonly CurvePoint[]): string {
  const firstPaying = points.find((point) => point.factor > 0);
  const atTarget = points.find((point) => point.attainment >= 1)?.factor ?? 0;
  const highest = Math.max(...points.map((point) => point.factor));
  const start =
    firstPaying === undefined
      ? 'Pays nothing up to 200% attainment'
      : `Pays from ${formatPercent(firstPaying.attainment)} attainment`;
  return `${start}, ${formatPercent(atTarget)} of target incentive at 100%, at most ${formatPercent(highest)} up to 200%.`;
}

function element<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function label(x: number, y: number, text: string): SVGTextElement {
  const node = element('text', { x: String(x), y: String(y), class: 'tick' });
  node.textContent = text;
  return node;
}
