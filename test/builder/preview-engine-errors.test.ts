import { afterAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../builder/port.js';
import { bothWays, books, rep } from './hosts/both-ways.js';

describe('preview against the engine when a metric fails', () => {
  afterAll(() => books.forEach((book) => book.dispose()));

  it('fails a whole column where the sheet does', async () => {
    const accounts: CellValue[][] = [
      ['Account ID', 'Owner', 'Starting ARR', 'Expansion', 'Contraction', 'Churned', 'CSAT'],
      ['A1', 'Ann', 1000, 100, 0, 0, 5],
      ['A2', 'Bob', 2000, 0, 50, 0, 4],
    ];
    const { preview, shown, computed } = await bothWays(accounts, [rep('Ann'), rep('Cy')]);
    for (const header of ['Starting ARR', 'GRR', 'NRR', 'CSAT', 'Payout']) {
      expect(computed(header), header).toEqual(shown(header));
    }
    expect(computed('NRR')).toEqual(['error', 'error']);
    expect(preview.reps[0]?.problem).toMatch(/^GRR: CS_GRR: starting_arr for group "Cy" is 0/);
  });
});
