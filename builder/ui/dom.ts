/**
 * Small helpers that build the builder's DOM. Text always goes in as text nodes and values as
 * properties, never as HTML, so a cell holding markup or a script is shown literally.
 */

type Child = Node | string | undefined | false;
type Attributes = Readonly<Record<string, string | boolean | undefined>>;

let lastId = 0;

/** Creates an element with attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on'))
      throw new Error(`Set event handlers with addEventListener, not "${name}".`);
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/** Returns an id unique in the page, for pairing labels with controls. */
export function uniqueId(prefix: string): string {
  lastId += 1;
  return `cs-${prefix}-${lastId}`;
}

/** A label above its control, with an optional hint and a slot for a validation message. */
export interface Field<C extends HTMLElement> {
  readonly wrapper: HTMLDivElement;
  readonly control: C;
  readonly message: HTMLParagraphElement;
}

/** Wraps a control with its label, a hint and an empty message slot linked by `aria-describedby`. */
export function field<C extends HTMLElement>(
  labelText: string,
  control: C,
  hint?: string,
): Field<C> {
  const id = control.id || uniqueId('field');
  control.id = id;
  const message = h('p', { class: 'message', id: `${id}-message`, 'aria-live': 'polite' });
  const hintElement =
    hint === undefined ? undefined : h('p', { class: 'hint', id: `${id}-hint` }, hint);
  control.setAttribute('aria-describedby', [hintElement?.id, message.id].filter(Boolean).join(' '));
  const wrapper = h(
    'div',
    { class: 'field' },
    h('label', { for: id }, labelText),
    control,
    hintElement,
    message,
  );
  return { wrapper, control, message };
}

/** Creates a select with `[value, text]` options and one selected value. */
export function select(
  options: readonly (readonly [string, string])[],
  selected: string,
): HTMLSelectElement {
  const element = h('select');
  for (const [value, text] of options) {
    const option = h('option', { value }, text);
    option.selected = value === selected;
    element.append(option);
  }
  return element;
}

/** Creates an input of a type with a value set as a property. */
export function input(type: string, value: string, attributes: Attributes = {}): HTMLInputElement {
  const element = h('input', { type, ...attributes });
  element.value = value;
  return element;
}

/** Creates a button that runs `action` when pressed. */
export function button(
  text: string,
  action: () => void,
  attributes: Attributes = {},
): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attributes }, text);
  element.addEventListener('click', action);
  return element;
}

/** Shows a message in a field's slot, or clears it, and marks the control invalid. */
export function showMessage(target: Field<HTMLElement>, text: string | undefined): void {
  target.message.textContent = text ?? '';
  if (text === undefined) target.control.removeAttribute('aria-invalid');
  else target.control.setAttribute('aria-invalid', 'true');
}
