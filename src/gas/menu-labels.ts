import type { Localized } from '../core/i18n/language';

interface MenuLabels {
  analyze: string;
  followUps: string;
  columnSetup: string;
  insertSample: string;
  help: string;
}

export const MENU_LABELS: Localized<MenuLabels> = {
  en: {
    analyze: 'Analyze customers',
    followUps: 'Follow-ups…',
    columnSetup: 'Column setup…',
    insertSample: 'Insert sample data',
    help: 'Help',
  },
  'zh-CN': {
    analyze: '分析客户',
    followUps: '跟进邮件…',
    columnSetup: '列设置…',
    insertSample: '插入示例数据',
    help: '帮助',
  },
  'zh-TW': {
    analyze: '分析客戶',
    followUps: '跟進郵件…',
    columnSetup: '欄位設定…',
    insertSample: '插入範例資料',
    help: '說明',
  },
};
