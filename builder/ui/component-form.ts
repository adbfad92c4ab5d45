import type { PlanComponent } from '../../core/index.js';
import { field, showMessage, type Field } from './dom.js';

type Control = HTMLInputElement | HTMLSelectElement;

/** Reads a control into a changed component, or returns a message when its text is unusable. */
export type Reader<C extends Control> = (control: C) => PlanComponent | string;

/**
 * The fields of one component's editor. Each edit produces a new component, so the plan stays
 * immutable; text that cannot be read shows a message on its field and changes nothing.
 */
export class ComponentForm {
  readonly fields = new Map<string, Field<HTMLElement>>();

  constructor(
    public current: PlanComponent,
    private readonly onChange: (component: PlanComponent, redraw: boolean) => void,
  ) {}

  /** Adds a labelled control under a field key such as `weight` or `gate.metric`. */
  add<C extends Control>(
    key: string,
    label: string,
    control: C,
    read: Reader<C>,
    options: { readonly redraw?: boolean; readonly hint?: string } = {},
  ): HTMLElement {
    const labelled = field(label, control, options.hint);
    const event = control instanceof HTMLSelectElement ? 'change' : 'input';
    control.addEventListener(event, () => {
      const next = read(control);
      if (typeof next === 'string') return showMessage(labelled, next);
      showMessage(labelled, undefined);
      this.current = next;
      this.onChange(next, options.redraw ?? false);
    });
    this.fields.set(key, labelled);
    return labelled.wrapper;
  }

  /**
   * Makes a reader for a number field: `convert` turns the text into the plan's unit, and
   * `apply` puts the value into the component. Blank is allowed only when `optional`.
   */
  number(
    convert: (text: string) => number | undefined,
    apply: (value: number | undefined) => PlanComponent,
    optional: boolean,
  ): Reader<HTMLInputElement> {
    return (control) => {
      const value = control.value.trim() === '' ? undefined : convert(control.value);
      if (value === undefined && !optional) return 'Enter a number.';
      if (value !== undefined && !Number.isFinite(value)) return 'Enter a number.';
      return apply(value);
    };
  }

  /** Returns the component with an optional field set, or removed when `value` is undefined. */
  with<K extends 'threshold' | 'cap' | 'gate' | 'modifier'>(
    key: K,
    value: PlanComponent[K] | undefined,
  ): PlanComponent {
    const next: Record<string, unknown> = { ...this.current, [key]: value };
    if (value === undefined) delete next[key];
    return next as unknown as PlanComponent;
  }
}
