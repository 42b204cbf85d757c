// What each platform's statuses mean for the analysis, as the README and Help show it: which are
// purchases, what is netted, what is left out. Written from statuses.ts and profiles.ts; a test
// (test/unit/exports/status-docs.test.ts) checks every status named here against statuses.ts, so this
// table cannot say something the reader does not do. Only the sidebar imports this module.
import type { Localized } from '../i18n/language';
import type { ProfileId } from './profiles';

export interface StatusDoc {
  profile: ProfileId;
  /** Statuses read as purchases. */
  purchase: readonly string[];
  /** What is taken off a purchase (column names or refund rows). */
  netted: string;
  /** Statuses left out. */
  excluded: readonly string[];
}

export const STATUS_DOCS: readonly StatusDoc[] = [
  {
    profile: 'shopify',
    purchase: ['paid', 'partially_paid', 'partially_refunded'],
    netted: 'Refunded Amount',
    excluded: ['pending', 'authorized', 'voided', 'refunded', 'Cancelled at'],
  },
  {
    profile: 'squarespace',
    purchase: ['PAID', 'PARTIALLY_REFUNDED'],
    netted: 'Amount Refunded',
    excluded: ['PENDING', 'REFUNDED', 'Canceled at'],
  },
  {
    profile: 'wix',
    purchase: ['Paid', 'Partially refunded'],
    netted: 'Refunded amount',
    excluded: ['Not paid', 'Pending', 'Refunded'],
  },
  {
    profile: 'woocommerce',
    purchase: ['completed', 'processing'],
    netted: 'refunded_total / Order Refund',
    excluded: ['pending', 'on-hold', 'failed', 'cancelled', 'refunded', 'trash', 'checkout-draft'],
  },
  {
    profile: 'etsy',
    purchase: ['Completed'],
    netted: 'Adjusted Order Total',
    excluded: ['Adjusted Order Total = 0'],
  },
  {
    profile: 'square',
    purchase: ['Payment'],
    netted: 'Refund (Event Type)',
    excluded: ['Refund = Total Collected'],
  },
  {
    profile: 'stripe',
    purchase: ['Paid', 'Succeeded'],
    netted: 'Amount Refunded',
    excluded: ['Failed', 'Refunded', 'Uncaptured', 'Canceled', 'Blocked'],
  },
  {
    profile: 'paypal',
    purchase: ['Completed', 'General Payment'],
    netted:
      'Payment Refund, Chargeback, Payment Reversal, Reversal (Reference Txn ID); Chargeback Reversal, Cancellation of Reversal put it back',
    excluded: [
      'Pending',
      'Denied',
      'Reversed',
      'Refunded',
      'General Withdrawal',
      'General Currency Conversion',
      'Chargeback Fee',
    ],
  },
  {
    profile: 'cashapp',
    purchase: ['Received P2P', 'PAYMENT DEPOSITED', 'COMPLETE'],
    netted: 'a payment to someone who paid you before, up to what they paid',
    excluded: ['Cash Card Debit', 'Bitcoin Buy', 'Cash Out', 'Boost Payment', 'Waiting on sender', 'Failed'],
  },
  {
    profile: 'venmo',
    purchase: ['Complete', 'Payment', 'Charge'],
    netted: 'Refund; a payment to someone who paid you before, up to what they paid',
    excluded: ['Pending', 'Issued', 'Canceled', 'Standard Transfer', 'Instant Transfer'],
  },
  {
    profile: 'youzan',
    purchase: ['已完成', '待发货', '已发货', '交易成功'],
    netted: '已退款金额 / 退款金额',
    excluded: ['待付款', '已关闭', '退款成功'],
  },
  {
    profile: 'weidian',
    purchase: ['已完成', '已付款', '已发货'],
    netted: '退款金额',
    excluded: ['待付款', '已关闭', '退款成功'],
  },
  {
    profile: 'taobao',
    purchase: ['交易成功', '买家已付款，等待卖家发货', '卖家已发货，等待买家确认'],
    netted: '退款金额',
    excluded: ['等待买家付款', '交易关闭', '退款成功'],
  },
  {
    profile: 'pos',
    purchase: ['消费', '已完成'],
    netted: '退款 (类型) / 退款金额',
    excluded: ['已取消', '作废', '会员充值'],
  },
];

/** The debatable cases, explained; and how formulas take the owner's exclusions. */
export const STATUS_NOTES: Localized<{
  title: string;
  purchase: string;
  netted: string;
  excluded: string;
  notes: readonly string[];
}> = {
  en: {
    title: 'Exports: what counts',
    purchase: 'Counted',
    netted: 'Taken off',
    excluded: 'Left out',
    notes: [
      'Pending and authorized orders are not paid yet, so they are left out; once a later export shows them paid, they count.',
      'Cash on delivery follows the platform: WooCommerce marks COD orders "processing" (counted); Shopify leaves them "pending" until marked paid (left out until then).',
      'Gift cards: selling one counts as the buyer\'s purchase, and an order later paid with it counts at its total, as the platforms count it. So that money counts twice: once when the card is sold and again when it is spent. If the shop sells many gift cards, leave the gift-card lines out with a rule such as "Lineitem name = Gift Card" in Column setup.',
      'Walk-in, guest and anonymous sales are left out and listed, never merged into one customer. A log in several currencies is analysed in the currency of most orders; the others are listed.',
      'Square: Total Collected already has Partial Refunds taken off, so they are not taken off again.',
      'Formulas take the same rules as text, in their exclude argument (every formula that reads the purchase log has one, before model), e.g. =CUSTOMER_INSIGHTS(Orders!A1:Z, , , "Type=Gift card") or =LIFECYCLE_STAGE(A2:A, Orders!A1:Z, , , "Type=Gift card"). Sheets recomputes a custom function only when its arguments change, so a rule saved in Column setup does not refresh formulas: write it in the formula.',
    ],
  },
  'zh-CN': {
    title: '导出文件：哪些计入',
    purchase: '计入',
    netted: '扣除',
    excluded: '排除',
    notes: [
      '待付款、已授权的订单还没有收到钱，因此排除；之后的导出显示已付款时即会计入。',
      '货到付款以平台状态为准：WooCommerce 将其标为“processing”（计入）；Shopify 在标记已付款前保持“pending”（在此之前排除）。',
      '礼品卡：售出礼品卡算作购买者的一次购买；之后用礼品卡支付的订单按订单金额计入，与平台的统计方式相同。因此这笔钱会计入两次：售卡时一次，用卡消费时又一次。若店铺售出的礼品卡较多，请在“列设置”中添加规则排除礼品卡的行，例如“Lineitem name = Gift Card”。',
      '散客、游客和匿名销售会被排除并列出，绝不合并成一位客户。含多种币种的记录按订单最多的币种分析，其余币种的订单会被列出。',
      'Square：Total Collected 已扣除 Partial Refunds，因此不会重复扣除。',
      '公式以文字形式接受同样的规则，写在 exclude 参数中（每个读取购买记录的公式都有这个参数，位于 model 之前），例如 =CUSTOMER_INSIGHTS(\'订单\'!A1:Z, , , "类型=礼品卡") 或 =LIFECYCLE_STAGE(A2:A, \'订单\'!A1:Z, , , "类型=礼品卡")。表格只在自定义函数的参数变化时重新计算，因此在“列设置”中保存的规则不会刷新公式，请把规则写进公式。',
    ],
  },
  'zh-TW': {
    title: '匯出檔案：哪些計入',
    purchase: '計入',
    netted: '扣除',
    excluded: '排除',
    notes: [
      '待付款、已授權的訂單還沒有收到錢，因此排除；之後的匯出顯示已付款時即會計入。',
      '貨到付款以平台狀態為準：WooCommerce 將其標為「processing」（計入）；Shopify 在標記已付款前保持「pending」（在此之前排除）。',
      '禮品卡：售出禮品卡算作購買者的一次購買；之後用禮品卡支付的訂單按訂單金額計入，與平台的統計方式相同。因此這筆錢會計入兩次：售卡時一次，用卡消費時又一次。若店家售出的禮品卡較多，請在「欄位設定」中新增規則排除禮品卡的列，例如「Lineitem name = Gift Card」。',
      '散客、遊客和匿名銷售會被排除並列出，絕不合併成一位客戶。含多種幣別的紀錄按訂單最多的幣別分析，其餘幣別的訂單會被列出。',
      'Square：Total Collected 已扣除 Partial Refunds，因此不會重複扣除。',
      '公式以文字形式接受同樣的規則，寫在 exclude 引數中（每個讀取購買紀錄的公式都有這個引數，位於 model 之前），例如 =CUSTOMER_INSIGHTS(\'訂單\'!A1:Z, , , "類型=禮品卡") 或 =LIFECYCLE_STAGE(A2:A, \'訂單\'!A1:Z, , , "類型=禮品卡")。試算表只在自訂函式的引數變化時重新計算，因此在「欄位設定」中儲存的規則不會重新整理公式，請把規則寫進公式。',
    ],
  },
};
