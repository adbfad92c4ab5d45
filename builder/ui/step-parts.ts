import type { StepId } from './store.js';
import { button, h } from './dom.js';

/** The heading of a step, focusable so moving to a step moves the keyboard focus to it. */
export function stepHeading(step: StepId, text: string): HTMLHeadingElement {
  return h('h2', { id: `cs-step-${step}`, tabindex: '-1' }, text);
}

/** The button that moves on to the next step. */
export function nextButton(text: string, action: () => void): HTMLElement {
  return h('div', { class: 'actions' }, button(text, action, { class: 'primary' }));
}

/** Describes an error for a status line. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
