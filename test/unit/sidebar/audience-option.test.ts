import { describe, expect, it } from 'vitest';
import { describeAudience } from '../../../src/core/followups/audiences';
import { FOLLOW_UP_SERVER_TEXTS } from '../../../src/core/followups/server-texts';
import { audienceOptionText } from '../../../src/sidebar/followups/audience-option';

describe('an audience in the picker', () => {
  it('says its count as a number of customers, apart from the name', () => {
    const once = { kind: 'reason', reason: 'boughtOnce' } as const;
    expect(audienceOptionText(describeAudience(once, 'en', FOLLOW_UP_SERVER_TEXTS), 0, 'en')).toBe(
      'At risk: bought once, not back · 0 customers',
    );
    expect(audienceOptionText('Stage: Loyal', 1, 'en')).toBe('Stage: Loyal · 1 customer');
    expect(audienceOptionText(describeAudience(once, 'zh-CN', FOLLOW_UP_SERVER_TEXTS), 3, 'zh-CN')).toBe(
      '有流失风险：只买过一次，未再光临（3 位客户）',
    );
    expect(audienceOptionText('階段：穩定期', 12, 'zh-TW')).toBe('階段：穩定期（12 位客戶）');
  });
});
