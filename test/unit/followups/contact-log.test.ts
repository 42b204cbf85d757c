import { describe, expect, it } from 'vitest';
import {
  contactHistory,
  countsAsContact,
  LOG_HEADERS,
  LOG_WORDS,
  logHeaderRow,
  readContactLog,
} from '../../../src/core/followups/contact-log';
import { TODAY } from './fixtures';

const at = (day: number, hour = 10) => new Date(day * 86_400_000 + hour * 3_600_000);

describe('the Contact log', () => {
  it('reads back what it writes, its headers, modes and results in any of the languages', () => {
    const record = {
      time: at(TODAY),
      campaignId: '2026-06-30/stage-atRisk/check-in/en',
      customer: 'Ryan Patel',
      email: 'Ryan.Patel@example.com',
      templateId: 'check-in',
      subject: 'How are we doing?',
      mode: 'send' as const,
      result: 'sent' as const,
      detail: '',
    };
    for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
      const [entry] = readContactLog(
        LOG_HEADERS,
        LOG_WORDS,
        [
          logHeaderRow(LOG_HEADERS, language),
          Object.values({ ...record, mode: LOG_WORDS[language].send, result: LOG_WORDS[language].sent }),
        ],
        'UTC',
      );
      expect(entry).toEqual({
        row: 2,
        timeMs: record.time.getTime(),
        day: TODAY,
        campaignId: record.campaignId,
        customer: 'Ryan Patel',
        customerKey: 'ryan patel',
        email: 'ryan.patel@example.com',
        templateId: 'check-in',
        subject: 'How are we doing?',
        mode: 'send',
        result: 'sent',
        detail: '',
      });
    }
  });

  it('finds columns by header even when the owner moved them, and skips blank rows', () => {
    const entries = readContactLog(
      LOG_HEADERS,
      LOG_WORDS,
      [
        ['Result', 'Email', 'Time', 'Campaign', 'Customer', 'Mode'],
        ['', '', '', '', '', ''],
        ['drafted', 'a@example.com', at(TODAY, 23), 'c1', 'A', 'draft'],
      ],
      'Asia/Shanghai',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      row: 3,
      result: 'drafted',
      mode: 'draft',
      email: 'a@example.com',
      day: TODAY + 1,
    });
  });

  it('counts drafts, sends, pending and unknown results as contacts; not tests or failures', () => {
    const rows = [
      ['draft', 'drafted', true],
      ['send', 'sent', true],
      ['send', 'pending', true],
      ['send', 'who knows', true],
      ['send', 'failed', false],
      ['test', 'sent', false],
    ] as const;
    const grid = [
      logHeaderRow(LOG_HEADERS, 'en'),
      ...rows.map(([mode, result]) => [at(TODAY), 'c', 'A', 'a@example.com', 't', 's', mode, result, '']),
    ];
    const entries = readContactLog(LOG_HEADERS, LOG_WORDS, grid, 'UTC');
    expect(entries.map(countsAsContact)).toEqual(rows.map((r) => r[2]));
    expect(contactHistory(entries).byEmail.get('a@example.com')).toHaveLength(4);
  });

  it('a time that cannot be read leaves the day undefined (the guardrails then treat it as today)', () => {
    const [entry] = readContactLog(
      LOG_HEADERS,
      LOG_WORDS,
      [
        logHeaderRow(LOG_HEADERS, 'en'),
        ['yesterday-ish', 'c', 'A', 'a@example.com', 't', 's', 'send', 'sent', ''],
      ],
      'UTC',
    );
    expect(entry!.day).toBeUndefined();
  });

  it('gives every mode and result a distinct word in each language, read back as that code', () => {
    for (const language of ['en', 'zh-CN', 'zh-TW'] as const) {
      const words = Object.values(LOG_WORDS[language]);
      expect(new Set(words).size).toBe(words.length);
      const modes = ['draft', 'send', 'test'] as const;
      const results = ['pending', 'sent', 'drafted', 'failed', 'unknown'] as const;
      const grid = [
        logHeaderRow(LOG_HEADERS, language),
        ...modes.flatMap((mode) =>
          results.map((result) => [
            at(TODAY),
            'c',
            'A',
            'a@example.com',
            't',
            's',
            ` ${LOG_WORDS[language][mode]} `,
            LOG_WORDS[language][result],
            '',
          ]),
        ),
      ];
      const entries = readContactLog(LOG_HEADERS, LOG_WORDS, grid, 'UTC');
      expect(entries.map((e) => [e.mode, e.result])).toEqual(
        modes.flatMap((mode) => results.map((result) => [mode, result])),
      );
    }
  });
});
