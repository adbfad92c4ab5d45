import type { PlanIssue } from '../../core/index.js';
import type { ComponentEditor } from './component-editor.js';
import { h, showMessage } from './dom.js';

/**
 * Turns an issue path into the component it concerns and the editor field that shows it:
 * `components[2].tiers[0].from` → component 2, field `tiers`.
 */
export function issueField(path: string): { index: number; key: string } | undefined {
  const match = /^components\[(\d+)\]\.(.+)$/.exec(path);
  if (match === null) return undefined;
  const key = (match[2] ?? '').replace(/\[\d+\].*$/, '');
  return { index: Number(match[1]), key };
}

/**
 * Shows each issue next to its field, opening a collapsed section that hides it, and clears
 * fields that have none. Issues about no single field, such as an empty plan, stay for the
 * summary alone.
 */
export function showIssues(
  issues: readonly PlanIssue[],
  editors: readonly ComponentEditor[],
): void {
  const messages = new Map<HTMLElement, string[]>();
  for (const issue of issues) {
    const place = issueField(issue.path);
    const target = place && editors[place.index]?.fields.get(place.key);
    if (target === undefined) continue;
    messages.set(target.wrapper, [...(messages.get(target.wrapper) ?? []), issue.message]);
    const details = target.wrapper.closest('details');
    if (details !== null) details.open = true;
  }
  for (const editor of editors) {
    for (const target of editor.fields.values()) {
      showMessage(target, messages.get(target.wrapper)?.join(' '));
    }
  }
}

/** Summarises a plan's issues: a count and every message, with its cell when read from a sheet. */
export function issueSummary(issues: readonly PlanIssue[]): Node[] {
  if (issues.length === 0) return [h('p', { class: 'ok' }, 'The plan is valid.')];
  const count = `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} in the plan.`;
  return [
    h('p', { class: 'error' }, count),
    h(
      'ul',
      { class: 'problems' },
      ...issues.map((issue) =>
        h(
          'li',
          {},
          issue.cell ? h('strong', {}, issue.cell) : '',
          issue.cell ? ' ' : '',
          issue.message,
        ),
      ),
    ),
  ];
}
