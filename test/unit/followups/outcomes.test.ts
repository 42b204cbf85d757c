import { describe, expect, it } from 'vitest';
import { campaignOutcomes, lastContactOutcomes, outcomeColumns } from '../../../src/core/followups/outcomes';
import { logEntry, TODAY } from './fixtures';

const buy = (customerKey: string, day: number, amount: number) => ({ customerKey, day, amount });

describe('outcomes of follow-ups', () => {
  const contactDay = TODAY - 40;
  const log = [
    logEntry({ customerKey: 'a', day: contactDay - 60, campaignId: 'old' }),
    logEntry({ customerKey: 'a', day: contactDay, campaignId: 'c1' }),
    logEntry({ customerKey: 'b', day: contactDay, campaignId: 'c1', mode: 'draft', result: 'drafted' }),
    logEntry({ customerKey: 'c', day: TODAY - 5, campaignId: 'c2' }),
    logEntry({ customerKey: 'd', day: contactDay, campaignId: 'c1', result: 'failed' }),
    logEntry({ customerKey: 'e', day: contactDay, campaignId: 'c1', mode: 'test' }),
  ];
  const purchases = [
    buy('a', contactDay, 99), // same day: not counted
    buy('a', contactDay + 3, 50),
    buy('a', contactDay + 3, 20),
    buy('a', contactDay + 30, 10), // the 30th day: counted
    buy('a', contactDay + 31, 1000), // too late
    buy('a', contactDay + 10, -15), // a return: left out
    buy('b', contactDay + 45, 80),
  ];

  it('gives each customer their last contact and what they bought in the 30 days after it', () => {
    const out = lastContactOutcomes(log, purchases, TODAY);
    expect(out.get('a')).toEqual({
      customerKey: 'a',
      contactDay,
      campaignId: 'c1',
      templateId: 'check-in',
      mode: 'send',
      status: 'bought',
      purchaseDays: 2,
      amount: 80,
      daysToPurchase: 3,
    });
    expect(out.get('b')).toMatchObject({ mode: 'draft', status: 'noPurchase', amount: 0 });
    expect(out.get('c')).toMatchObject({ status: 'waiting' });
    expect(out.has('d')).toBe(false);
    expect(out.has('e')).toBe(false);
  });

  it('sums up each campaign', () => {
    expect(campaignOutcomes(log, purchases, TODAY)).toEqual([
      { campaignId: 'c2', firstDay: TODAY - 5, contacted: 1, drafts: 0, bought: 0, waiting: 1, amount: 0 },
      { campaignId: 'c1', firstDay: contactDay, contacted: 2, drafts: 1, bought: 1, waiting: 0, amount: 80 },
      {
        campaignId: 'old',
        firstDay: contactDay - 60,
        contacted: 1,
        drafts: 0,
        bought: 0,
        waiting: 0,
        amount: 0,
      },
    ]);
  });

  it('gives the Insights sheet three columns per customer', () => {
    const columns = outcomeColumns(lastContactOutcomes(log, purchases, TODAY), 'en', 'UTC');
    expect(columns.headers).toEqual([
      'Last contact',
      'Bought within 30 days after',
      'Spent within 30 days after',
    ]);
    expect(columns.cellsFor('a')).toEqual([new Date(contactDay * 86_400_000), 'Yes', 80]);
    expect(columns.cellsFor('c')).toEqual([new Date((TODAY - 5) * 86_400_000), 'Not yet (window open)', '']);
    expect(columns.cellsFor('nobody')).toEqual(['', '', '']);
  });
});
