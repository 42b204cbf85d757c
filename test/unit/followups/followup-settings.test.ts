import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOLLOW_UP_SETTINGS,
  parseFollowUpSettings,
} from '../../../src/core/followups/followup-settings';

describe('follow-up settings', () => {
  it('a setting left out or undefined is its default (cool-down 14 days)', () => {
    expect(parseFollowUpSettings({})).toEqual(DEFAULT_FOLLOW_UP_SETTINGS);
    expect(parseFollowUpSettings(undefined)).toEqual(DEFAULT_FOLLOW_UP_SETTINGS);
    expect(parseFollowUpSettings({ coolDownDays: undefined, shopName: undefined })).toEqual(
      DEFAULT_FOLLOW_UP_SETTINGS,
    );
    expect(DEFAULT_FOLLOW_UP_SETTINGS.coolDownDays).toBe(14);
    expect(parseFollowUpSettings({ coolDownDays: 0, signature: 'Mei' })).toEqual({
      ...DEFAULT_FOLLOW_UP_SETTINGS,
      coolDownDays: 0,
      signature: 'Mei',
    });
  });

  it('rejects bad values with a message naming the field', () => {
    expect(() => parseFollowUpSettings({ coolDownDays: 1.5 })).toThrow(
      /coolDownDays: must be a whole number/,
    );
    expect(() => parseFollowUpSettings({ replyTo: 'a@b.com, c@d.com' })).toThrow(
      /replyTo: must be one plain email/,
    );
    expect(() => parseFollowUpSettings({ shopName: 'x'.repeat(101) })).toThrow(/shopName/);
    expect(() => parseFollowUpSettings({ discount: 10 })).toThrow(/unknown setting discount/);
    expect(parseFollowUpSettings({ shopName: 'Lotus', replyTo: ' ' })).toMatchObject({
      shopName: 'Lotus',
      coolDownDays: 14,
    });
  });
});
