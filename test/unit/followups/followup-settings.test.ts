import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FOLLOW_UP_SETTINGS,
  FollowUpSettingsSchema,
  parseFollowUpSettings,
} from '../../../src/core/followups/followup-settings';

describe('follow-up settings', () => {
  it('the written-out defaults are the schema defaults (cool-down 14 days)', () => {
    expect(DEFAULT_FOLLOW_UP_SETTINGS).toEqual(FollowUpSettingsSchema.parse({}));
    expect(DEFAULT_FOLLOW_UP_SETTINGS.coolDownDays).toBe(14);
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
