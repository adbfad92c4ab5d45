import { afterAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../builder/port.js';
import { bothWays, books, rep } from './hosts/both-ways.js';

// Univer 0.25.1 returned a stale CS_PAYOUT result from an earlier workbook of the same
// process whose formula text was identical. Cases with the same layout therefore live in
// separate files, since vitest isolates each test file.
describe('preview against the engine on awkward data', () => {
  afterAll(() => books.forEach((book) => book.dispose()));

  it('matches names ignoring case and skips text amounts', async () => {
    const accounts: CellValue[][] = [
      ['Account ID', 'Owner', 'Starting ARR', 'Expansion', 'Contraction', 'Churned', 'CSAT'],
      ['A1', 'Ann', 1000, 100, 0, 0, 5],
      ['A2', 'ANN', 2000, 0, 50, 0, 4],
      ['A3', 'Bob', 3000, '$500', 0, 300, 2],
      ['A4', 'Bob', 500, 0, 0, 0, ''],
    ];
    const { shown, computed } = await bothWays(accounts, [rep('Ann'), rep('bob')]);
    for (const header of ['Starting ARR', 'Expansion', 'GRR', 'NRR', 'CSAT', 'Payout']) {
      expect(computed(header), header).toEqual(shown(header));
    }
    expect(computed('Expansion')).toEqual([100, 0]);
  });
});
