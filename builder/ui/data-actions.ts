import { fieldsOf, type FieldDefinition, type SourceId } from '../data/fields.js';
import { mapSheet } from '../data/guess.js';
import type { SourceMapping } from '../data/mapping.js';
import type { StepContext } from './app.js';
import { h } from './dom.js';

/** Shows the mapped fields, and the others folded under "More columns" to keep the step short. */
export function mappedFirst(
  source: SourceId,
  mapping: SourceMapping,
  render: (definition: FieldDefinition) => HTMLElement,
): HTMLElement[] {
  const fields = fieldsOf(source);
  const mapped = fields.filter((definition) => definition.id in mapping.columns);
  const others = fields.filter((definition) => !(definition.id in mapping.columns));
  if (others.length === 0) return mapped.map(render);
  const more = h('details', {}, h('summary', {}, `More columns (${others.length} not mapped)`));
  more.append(...others.map(render));
  return [...mapped.map(render), more];
}

/**
 * Reads the sheets again after the data changed, such as a new export pasted in: the sheet
 * list, and each mapped sheet's rows and last row, keeping the columns already chosen.
 */
export async function rereadData(context: StepContext): Promise<void> {
  const { store } = context;
  context.status('Reading the data again…');
  try {
    store.update({ rows: new Map(), sheets: await store.port.listSheets() });
    const mapping = { ...store.state.mapping };
    for (const [source, current] of Object.entries(mapping) as [SourceId, SourceMapping][]) {
      const fresh = mapSheet(source, current.sheet, await store.sheetRows(current.sheet));
      mapping[source] = { ...fresh, columns: current.columns };
    }
    store.update({ mapping });
    context.status('');
  } catch (error) {
    context.status(
      `Could not read the data: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
