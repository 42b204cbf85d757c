import { describe, expect, it } from 'vitest';
import { campaignOutcomes, lastContactOutcomes, outcomeColumns } from '../../../src/core/followups/outcomes';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
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
    logEntry({
      customerKey: 'f',
      day: contactDay,
      campaignId: 'c1',
      mode: 'draft',
      result: 'drafted',
      markedSent: true,
    }),
    logEntry({ customerKey: 'g', day: contactDay, campaignId: 'c1', result: 'unknown' }),
    logEntry({
      customerKey: 'h',
      day: contactDay,
      campaignId: 'c1',
      mode: 'draft',
      result: 'drafted',
      released: true,
    }),
  ];
  const purchases = [
    buy('a', contactDay, 99), // same day: not counted
    buy('a', contactDay + 3, 50),
    buy('a', contactDay + 3, 20),
    buy('a', contactDay + 30, 10), // the 30th day: counted
    buy('a', contactDay + 31, 1000), // too late
    buy('a', contactDay + 10, -15), // a return: left out
    buy('b', contactDay + 5, 80), // after a draft not known to be sent: not counted
    buy('f', contactDay + 2, 40), // after a draft the owner marked as sent: counted
    buy('g', contactDay + 2, 7), // after a send whose outcome is unknown: not counted
  ];

  it('gives each customer their last contact and what they bought in the 30 days after it', () => {
    const out = lastContactOutcomes(log, purchases, TODAY);
    expect(out.get('a')).toEqual({
      customerKey: 'a',
      contactDay,
      campaignId: 'c1',
      templateId: 'check-in',
      mode: 'send',
      delivery: 'sent',
      status: 'bought',
      purchaseDays: 2,
      amount: 80,
      daysToPurchase: 3,
    });
    expect(out.get('b')).toMatchObject({
      mode: 'draft',
      delivery: 'draft',
      status: 'draftNotKnownSent',
      amount: 0,
    });
    expect(out.get('c')).toMatchObject({ status: 'waiting' });
    expect(out.get('f')).toMatchObject({ delivery: 'draftMarkedSent', status: 'bought', amount: 40 });
    expect(out.get('g')).toMatchObject({ delivery: 'unknown', status: 'unknownDelivery', amount: 0 });
    expect(out.has('d')).toBe(false);
    expect(out.has('e')).toBe(false);
    expect(out.has('h')).toBe(false);
  });

  it('sums up each campaign', () => {
    const none = { sent: 0, drafts: 0, unknown: 0, bought: 0, waiting: 0, amount: 0, windowOpenUntil: null };
    expect(campaignOutcomes(log, purchases, TODAY)).toEqual([
      {
        ...none,
        campaignId: 'c2',
        firstDay: TODAY - 5,
        contacted: 1,
        sent: 1,
        waiting: 1,
        windowOpenUntil: TODAY + 25,
      },
      {
        ...none,
        campaignId: 'c1',
        firstDay: contactDay,
        contacted: 4,
        sent: 2,
        drafts: 1,
        unknown: 1,
        bought: 2,
        amount: 120,
      },
      { ...none, campaignId: 'old', firstDay: contactDay - 60, contacted: 1, sent: 1 },
    ]);
  });

  it('says the window is open on the day of the send, with nobody counted as not buying', () => {
    const today = [logEntry({ customerKey: 'a', day: TODAY, campaignId: 'now' })];
    expect(campaignOutcomes(today, [], TODAY)[0]).toMatchObject({
      sent: 1,
      bought: 0,
      waiting: 1,
      windowOpenUntil: TODAY + 30,
    });
  });

  it('gives the Insights sheet three columns per customer', () => {
    const columns = outcomeColumns(
      lastContactOutcomes(log, purchases, TODAY),
      'en',
      'UTC',
      FOLLOW_UP_SERVER_TEXTS,
    );
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
