// Texts written once for both Chinese languages: the zh-TW labels are the zh-CN ones in Traditional
// characters, exactly as they were written out before.
import { describe, expect, it } from 'vitest';
import { REPEAT_BAND_LABELS, SEGMENT_LABELS, STAGE_LABELS, TIER_LABELS } from '../../../src/core/i18n/labels';
import { traditional } from '../../../src/core/i18n/language';
import { NEXT_STEP_TITLES } from '../../../src/core/i18n/next-step-titles';

describe('zh-TW from zh-CN', () => {
  it('labels read as they were written', () => {
    expect(STAGE_LABELS['zh-TW']).toEqual({
      new: '新客',
      developing: '成長期',
      loyal: '穩定期',
      atRisk: '有流失風險',
      lapsed: '已流失',
    });
    expect(TIER_LABELS['zh-TW']).toEqual({ key: '重點客戶', core: '核心客戶', occasional: '偶爾光顧' });
    expect(SEGMENT_LABELS['zh-TW']).toEqual({
      champions: '冠軍客戶',
      potentialLoyalist: '潛在忠誠客戶',
      loyalCustomers: '忠誠客戶',
      promising: '有潛力的客戶',
      newCustomers: '新客戶',
      cantLoseThem: '不能失去的客戶',
      atRisk: '流失風險客戶',
      needAttention: '需要關注',
      aboutToSleep: '即將沉睡',
      lost: '流失客戶',
    });
    expect(REPEAT_BAND_LABELS['zh-TW']).toEqual({
      above70: '高於 70%',
      between30and70: '30–70%',
      below30: '低於 30%',
    });
  });

  it('next-step titles read as they were written', () => {
    expect(NEXT_STEP_TITLES['zh-TW']).toEqual({
      new: '建立信任，促成第二次購買',
      developing: '培養購買習慣',
      loyal: '用關懷而非折扣維繫',
      late: '主動問候，了解近況',
      spendingLess: '問問缺了什麼',
      boughtOnce: '邀請再次光臨',
      lapsed: '一次真誠的挽回',
      complaint: '先處理未解決的投訴',
    });
  });

  it('sentences read as they were written', () => {
    expect(traditional('只购买过一次，距今 3 天；本店客户通常 20 天内回购（已是其 2.0 倍）。')).toBe(
      '只購買過一次，距今 3 天；本店客戶通常 20 天內回購（已是其 2.0 倍）。',
    );
    expect(traditional('回购的客户还太少，暂按设定的 30 天判断；回购的客户足够多之前不判为已流失')).toBe(
      '回購的客戶還太少，暫按設定的 30 天判斷；回購的客戶足夠多之前不判為已流失',
    );
    expect(
      traditional(
        '消费变少：此前 5 次在 ¥100.00–¥120.00 之间；节奏正常（通常间隔的 1.0 倍），比预期晚，比平时稍晚，尚未有流失风险，共 3 个购买日',
      ),
    ).toBe(
      '消費變少：此前 5 次在 ¥100.00–¥120.00 之間；節奏正常（通常間隔的 1.0 倍），比預期晚，比平時稍晚，尚未有流失風險，共 3 個購買日',
    );
    expect(traditional('目前净消费为 ¥0.00；预测价值只计算今后可能的购买。')).toBe(
      '目前淨消費為 ¥0.00；預測價值只計算今後可能的購買。',
    );
  });
});
