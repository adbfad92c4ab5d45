/**
 * Runs the main job on real-shaped data. It loads the exports into a headless workbook, applies
 * the default CSM plan as the plan builder does, and prints each CSM's figures and payout. Then
 * it moves to the next period as a user would and prints what changed.
 *
 *   npm run demo -- [--data DIR] [--period-start 2024-07-01] [--period-end 2024-09-30] [--out FILE]
 */
import { rejectDuplicateKeys } from './clean.js';
import { unassignedNote } from './coverage.js';
import { writeCsv } from './csv-out.js';
import { readExports } from './exports.js';
import { parseOptions, USAGE, wantsHelp } from './options.js';
import { requireCoveredPeriod } from './coverage-range.js';
import { nextPeriod } from './periods.js';
import { renderChanges, renderPeriod, renderPlan } from './report.js';
import { readResults } from './results.js';
import { buildWorkbook, moveToNextPeriod } from './workbook.js';

try {
  const args = process.argv.slice(2);
  if (wantsHelp(args)) {
    console.log(USAGE);
    process.exit(0);
  }
  const options = parseOptions(args);
  const exports = await readExports(options.dataDir);
  rejectDuplicateKeys(exports.subscriptions, 'subscription_id');

  const period = { start: options.periodStart, end: options.periodEnd };
  requireCoveredPeriod(exports, period);
  const next = nextPeriod(period);
  const workbook = await buildWorkbook(exports, period, next);
  const first = readResults(workbook);
  console.log(renderPlan(workbook.plan));
  console.log(renderPeriod(period, first));
  const note = unassignedNote(exports);
  if (note !== undefined) console.log(`\n${note}`);
  const joiner = first.find(
    (result) => result.payout.targetIncentive !== first[0]?.payout.targetIncentive,
  );
  if (joiner !== undefined)
    console.log(`\nHow ${joiner.name}'s payout was computed (CS_EXPLAIN):\n${joiner.explanation}`);

  if (workbook.laterSubscriptions.length === 0 && workbook.tickets.later.length === 0) {
    await writeCsv(options.out, period, first, []);
    console.log(
      `\nThe exports hold no rows for ${next.start} to ${next.end}, so the demo stops here.`,
    );
    console.log(`Wrote ${first.length} rows to ${options.out}.`);
    workbook.book.dispose();
    process.exit(0);
  }

  console.log(
    `\nMoving to ${next.start} to ${next.end}: changing the period cells, pasting ` +
      `${workbook.laterSubscriptions.length} new subscription rows and ${workbook.tickets.later.length} tickets.\n`,
  );
  await moveToNextPeriod(workbook, next);
  const second = readResults(workbook);
  console.log(renderPeriod(next, second));
  console.log(`\nWhat changed:\n${renderChanges(first, second)}`);

  await writeCsv(options.out, next, second, first);
  console.log(`\nWrote ${second.length} rows to ${options.out}.`);
  workbook.book.dispose();
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
