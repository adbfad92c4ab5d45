import { afterAll, describe, expect, it } from 'vitest';
import { createHeadlessWorkbook, type HeadlessWorkbook } from '../../univer/headless.js';

const books: HeadlessWorkbook[] = [];
afterAll(() => books.forEach((book) => book.dispose()));

describe('headless workbooks in one process', () => {
  it('keep their own spilled results', async () => {
    const results = [];
    for (const starting of [100, 200]) {
      const book = await createHeadlessWorkbook({
        sheets: [
          {
            name: 'Data',
            rows: [
              [starting, 10, 0, 0, 'Ana', '=CS_NRR(A1:A2, B1:B2, C1:C2, D1:D2, E1:E2)'],
              [starting, 20, 0, 0, 'Ben'],
            ],
          },
        ],
      });
      books.push(book);
      results.push(book.getValues('Data', 'F1:G2'));
    }

    expect(results[0]).toEqual([
      ['Ana', 1.1],
      ['Ben', 1.2],
    ]);
    expect(results[1]).toEqual([
      ['Ana', 1.05],
      ['Ben', 1.1],
    ]);
  });
});
