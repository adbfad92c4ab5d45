/**
 * Writes the synthetic book of business and roster that the demo runs on. RavenStack accounts
 * have no customer-success owner, so each account is dealt to one of eight CSMs in order of
 * account id (account 1 to the first CSM, account 2 to the second, and so on). The roster gives
 * every CSM the same role and pay: base 110,000 a year and a target incentive of 6,875 a
 * quarter (27,500 a year, an 80/20 mix), with one joiner in the middle of the third quarter of
 * 2024.
 * Run with `npx tsx demo/make-book.ts`; the output is committed, so the demo never needs this.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const CSMS = [
  'Avery Park',
  'Blake Chen',
  'Casey Diaz',
  'Devon Ito',
  'Emery Nash',
  'Finley Ortiz',
  'Harper Quinn',
  'Jordan Reyes',
];
const JOINER = 'Jordan Reyes';
const folder = new URL('../data/ravenstack/', import.meta.url);

const accounts = readFileSync(new URL('ravenstack_accounts.csv', folder), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0] ?? '')
  .sort();

const book = accounts.map((account, index) => `${account},${CSMS[index % CSMS.length]}`);
writeFileSync(new URL('book_of_business.csv', folder), ['account_id,csm', ...book, ''].join('\n'));

const roster = CSMS.map((name) => {
  const start = name === JOINER ? '2024-08-15' : '2022-01-03';
  return `${name},CSM,110000,6875,${start},`;
});
writeFileSync(
  new URL('roster.csv', folder),
  ['csm,role,base_salary,target_incentive,start_date,end_date', ...roster, ''].join('\n'),
);
