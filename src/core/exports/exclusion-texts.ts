// Why a row was left out on purpose, one sentence per reason in each language, for the Data issues
// sheet (after the problems, under their own heading) and the sidebar. {value} is what decided it;
// {currency} the currency analysed. zh-TW says 列 for a sheet row and 欄 for a column.
// The tables are data that only Analyze and the sidebar read: they reach dist/Templates.html
// (ANALYZE_TEXTS, src/core/report/analyze-texts.ts), not dist/Code.js; `describeExclusion` takes
// them as an argument.
import type { Language, Localized } from '../i18n/language';
import type { ExcludedRow } from '../input/purchase';
import type { ExclusionReason } from './statuses';

export const EXCLUSION_REASONS: Readonly<Record<ExclusionReason | 'anonymous_blank', Localized>> = {
  unpaid: {
    en: "Not paid yet (status '{value}'); it counts once an export shows it paid",
    'zh-CN': '尚未付款（状态“{value}”）；导出显示已付款后才计入',
    'zh-TW': '尚未付款（狀態「{value}」）；匯出顯示已付款後才計入',
  },
  cancelled: {
    en: "Cancelled order ('{value}')",
    'zh-CN': '已取消或关闭的订单（“{value}”）',
    'zh-TW': '已取消或關閉的訂單（「{value}」）',
  },
  voided: {
    en: "Voided order ('{value}')",
    'zh-CN': '已作废的订单（“{value}”）',
    'zh-TW': '已作廢的訂單（「{value}」）',
  },
  refunded: {
    en: "Refunded in full ('{value}')",
    'zh-CN': '已全额退款（“{value}”）',
    'zh-TW': '已全額退款（「{value}」）',
  },
  failed: {
    en: "Payment failed ('{value}')",
    'zh-CN': '付款失败（“{value}”）',
    'zh-TW': '付款失敗（「{value}」）',
  },
  not_a_sale: {
    en: "Not a sale ('{value}'): money moved, nothing was sold",
    'zh-CN': '不是销售（“{value}”）：只是资金往来',
    'zh-TW': '不是銷售（「{value}」）：只是資金往來',
  },
  paid_out: {
    en: "Money you paid out ('{value}'), not a payment from a customer",
    'zh-CN': '您付出的款项（“{value}”），不是顾客的付款',
    'zh-TW': '您付出的款項（「{value}」），不是顧客的付款',
  },
  top_up: {
    en: "Stored-value top-up ('{value}'): counted when it is spent, not when it is paid in",
    'zh-CN': '储值充值（“{value}”）：消费时才计入，充值时不计入',
    'zh-TW': '儲值加值（「{value}」）：消費時才計入，儲值時不計入',
  },
  duplicate: {
    en: 'An earlier copy of order {value}; the later copy in the log is used',
    'zh-CN': '订单 {value} 的较早副本；使用记录中较后的副本',
    'zh-TW': '訂單 {value} 的較早副本；使用紀錄中較後的副本',
  },
  repeated_line: {
    en: 'Identical to the next line of order {value}: counted once, as a line typed twice. If both were sold, type them as one line (a quantity of 2, or both amounts together) and delete the other',
    'zh-CN':
      '与订单 {value} 的下一行完全相同：按重复录入只计一次。如两份都卖出了，请合并为一行（数量 2，或两者金额之和）并删除另一行',
    'zh-TW':
      '與訂單 {value} 的下一列完全相同：按重複輸入只計一次。如兩份都賣出了，請合併為一列（數量 2，或兩者金額之和）並刪除另一列',
  },
  anonymous: {
    en: "Walk-in or anonymous buyer ('{value}'): many people under one name, so not one customer",
    'zh-CN': '散客或匿名买家（“{value}”）：一个名字代表很多人，不算作一位客户',
    'zh-TW': '散客或匿名買家（「{value}」）：一個名字代表很多人，不算作一位客戶',
  },
  anonymous_blank: {
    en: 'Paid with no customer named: a walk-in sale, not one customer',
    'zh-CN': '已付款但没有客户：算作散客销售，不算作一位客户',
    'zh-TW': '已付款但沒有客戶：算作散客銷售，不算作一位客戶',
  },
  other_currency: {
    en: 'Paid in {value}; this analysis is in {currency}, and amounts in different currencies are never added up',
    'zh-CN': '以 {value} 付款；本次分析使用 {currency}，不同币种的金额不会相加',
    'zh-TW': '以 {value} 付款；本次分析使用 {currency}，不同幣別的金額不會相加',
  },
  owner_rule: {
    en: "Matches your rule to ignore rows with '{value}'",
    'zh-CN': '符合您设置的规则：忽略含“{value}”的行',
    'zh-TW': '符合您設定的規則：忽略含「{value}」的列',
  },
  total_row: {
    en: "A total or subtotal row ('{value}'), not a purchase",
    'zh-CN': '合计或小计行（“{value}”），不是购买',
    'zh-TW': '合計或小計列（「{value}」），不是購買',
  },
  section_header: {
    en: "A section heading ('{value}'), not a purchase",
    'zh-CN': '分段标题（“{value}”），不是购买',
    'zh-TW': '分段標題（「{value}」），不是購買',
  },
};

export const EXCLUDED_TEXTS: Localized<{
  heading: string;
  action: string;
  noProblems: string;
  unknownStatuses: string;
  amountFrom: string;
  counted: string;
  /** How a log of no platform's amounts were read as lines (line-amounts.ts, report/line-amounts-line.ts). */
  lines: {
    price: string;
    priceRows: string;
    priceTotals: string;
    line: string;
    mixed: string;
    differ: string;
    total: string;
    cancelled: string;
    blankQuantity: string;
    itemUnit: string;
    itemLine: string;
    itemUnsure: string;
    added: string;
    once: string;
    takenOff: string;
  };
}> = {
  en: {
    heading: 'Rows excluded on purpose (not problems)',
    action: 'excluded (not a problem)',
    noProblems: 'No rows of {sheet} have problems; the rows listed below were left out on purpose.',
    unknownStatuses:
      'Regulars does not know this value of {column} and counted its orders as purchases ({orders}, {rows}). If they are not sales, leave them out with the rule "{rule}" in Column setup and analyze again',
    amountFrom:
      "Amounts were read from this column, not from the export's usual amount column ({usual}): check it is what customers paid",
    counted: 'counted',
    lines: {
      price: "Amounts are each line's '{quantity}' × '{amount}', and the lines of one '{order}' are added up",
      priceRows: "Amounts are each row's '{quantity}' × '{amount}'",
      priceTotals:
        "'{amount}' is each row's total, not a price per unit: a product's rows cost the same per unit whatever the '{quantity}' ('{product}': {q1} for {p1}, {q2} for {p2}), so it is not multiplied by '{quantity}'",
      line: "'{amount}' is each line's amount, not the order's total: the lines of one '{order}' are added up ({orders} orders of several lines). If '{amount}' is the order's total repeated on each line, rename its header to 'Order total' and analyze again: then it counts once per order",
      total:
        "'{amount}' is the same on every line of {orders} orders whose products differ, so it is the order's total repeated on each line: counted once per '{order}'. If it is each line's own amount, rename its header to 'Line amount' and analyze again: then the lines are added up",
      mixed:
        "'{amount}' is each line's amount in {orders} orders of several lines, added up there; in {once} others the lines' unit price × quantity says the '{amount}' they repeat is the order's total, so it counts once",
      differ:
        "'{amount}' differs between the lines of {orders} orders, so there it is each line's amount, not the order's total repeated: those lines are added up; an order whose lines all show the same '{amount}' counts it once",
      cancelled:
        "Invoices numbered C and the digits of an invoice number (such as '{example}'; {count} in all) are cancellations: returns, taken off the customer's spend, never purchases",
      blankQuantity:
        "Rows with no '{quantity}': {count}; each is counted as 1 × its '{amount}'. If more were sold, fill in the quantity",
      itemUnit:
        "'{amount}' is the price of one item, not the line's total: '{product}' is {p1} with a '{quantity}' of {q1} and {p2} with {q2}. Each line is '{amount}' × '{quantity}', and an order's lines are added up",
      itemLine:
        "'{amount}' is each line's total, not the price of one item: '{product}' is {p1} for {q1} and {p2} for {q2}, the same per item. It is not multiplied by '{quantity}', and an order's lines are added up",
      itemUnsure:
        "'{amount}' was read as each line's total (not multiplied by '{quantity}'), and an order's lines added up: WooCommerce export plugins write it either way, and these rows do not show which. If it is the price of one item, rename its header to 'Unit price' and analyze again",
      added: 'added up',
      once: 'counted once per order',
      takenOff: 'taken off as returns',
    },
  },
  'zh-CN': {
    heading: '有意排除的行（不是问题）',
    action: '已排除（不是问题）',
    noProblems: '{sheet} 中没有有问题的行；下面列出的行是有意排除的。',
    unknownStatuses:
      'Regulars 不认识“{column}”的这个值，已把带有它的订单计为购买（{orders} 个订单，第 {rows} 行）。如果这些订单不是销售，请在“列设置”中添加规则“{rule}”排除它们，然后重新分析',
    amountFrom: '金额读取自此列，而不是该导出通常的金额列（{usual}）：请确认这是顾客实付的金额',
    counted: '已计入',
    lines: {
      price: '金额按每行的“{quantity}”×“{amount}”计算，同一“{order}”的各行相加',
      priceRows: '金额按每行的“{quantity}”×“{amount}”计算',
      priceTotals:
        '“{amount}”是每一行的总额，不是单价：同一商品各行的“{quantity}”不同而单位价格相同（“{product}”：{q1} 个 {p1}，{q2} 个 {p2}），因此不再乘以“{quantity}”',
      line: '“{amount}”是每一行的金额，不是订单总额：同一“{order}”的各行相加（{orders} 个订单有多行）。如“{amount}”其实是每行重复的订单总额，请把表头改为“订单总额”后重新分析：每个订单只计一次',
      total:
        '“{amount}”在 {orders} 个订单中各行都相同，而各行的商品不同，因此它是每行重复的订单总额：每个“{order}”只计一次。如它其实是每一行自己的金额，请把表头改为“小计”后重新分析：各行会相加',
      mixed:
        '在 {orders} 个有多行的订单中，“{amount}”是每一行的金额，已相加；另有 {once} 个订单，各行的单价×数量表明它们重复的“{amount}”是订单总额，因此只计一次',
      differ:
        '“{amount}”在 {orders} 个订单的各行之间不同，因此在这些订单中它是每一行的金额，而不是重复的订单总额：这些行已相加；各行“{amount}”都相同的订单只计一次',
      cancelled:
        '有 {count} 张发票的编号是在本表发票编号的数字前加 C（如“{example}”），它们是取消单：按退货从顾客的消费中扣除，不计为购买',
      blankQuantity: '没有“{quantity}”的行：{count} 行；每行按 1 ×“{amount}”计算。如实际卖出更多，请填写数量',
      itemUnit:
        '“{amount}”是单件商品的价格，不是整行的金额：“{product}”的“{quantity}”为 {q1} 时是 {p1}，为 {q2} 时是 {p2}。每行按“{amount}”×“{quantity}”计算，同一订单的各行相加',
      itemLine:
        '“{amount}”是每一行的金额，不是单件价格：“{product}”{q1} 件是 {p1}，{q2} 件是 {p2}，每件价格相同。不乘以“{quantity}”，同一订单的各行相加',
      itemUnsure:
        '“{amount}”已按每一行的金额读取（不乘以“{quantity}”），同一订单的各行相加：WooCommerce 的导出插件两种写法都有，而这些行看不出是哪一种。如它其实是单件价格，请把表头改为“Unit price”后重新分析',
      added: '已相加',
      once: '每个订单只计一次',
      takenOff: '已按退货扣除',
    },
  },
  'zh-TW': {
    heading: '刻意排除的列（不是問題）',
    action: '已排除（不是問題）',
    noProblems: '{sheet} 中沒有有問題的列；下面列出的列是刻意排除的。',
    unknownStatuses:
      'Regulars 不認識「{column}」的這個值，已把帶有它的訂單計為購買（{orders} 筆訂單，第 {rows} 列）。如果這些訂單不是銷售，請在「欄位設定」中新增規則「{rule}」排除它們，然後重新分析',
    amountFrom: '金額讀取自此欄，而不是該匯出通常的金額欄（{usual}）：請確認這是顧客實付的金額',
    counted: '已計入',
    lines: {
      price: '金額按每列的「{quantity}」×「{amount}」計算，同一「{order}」的各列相加',
      priceRows: '金額按每列的「{quantity}」×「{amount}」計算',
      priceTotals:
        '「{amount}」是每一列的總額，不是單價：同一商品各列的「{quantity}」不同而單位價格相同（「{product}」：{q1} 個 {p1}，{q2} 個 {p2}），因此不再乘以「{quantity}」',
      line: '「{amount}」是每一列的金額，不是訂單總額：同一「{order}」的各列相加（{orders} 筆訂單有多列）。如「{amount}」其實是每列重複的訂單總額，請把表頭改為「訂單總額」後重新分析：每筆訂單只計一次',
      total:
        '「{amount}」在 {orders} 筆訂單中各列都相同，而各列的商品不同，因此它是每列重複的訂單總額：每個「{order}」只計一次。如它其實是每一列自己的金額，請把表頭改為「小計」後重新分析：各列會相加',
      mixed:
        '在 {orders} 筆有多列的訂單中，「{amount}」是每一列的金額，已相加；另有 {once} 筆訂單，各列的單價×數量表明它們重複的「{amount}」是訂單總額，因此只計一次',
      differ:
        '「{amount}」在 {orders} 筆訂單的各列之間不同，因此在這些訂單中它是每一列的金額，而不是重複的訂單總額：這些列已相加；各列「{amount}」都相同的訂單只計一次',
      cancelled:
        '有 {count} 張發票的編號是在本表發票編號的數字前加 C（如「{example}」），它們是取消單：按退貨從顧客的消費中扣除，不計為購買',
      blankQuantity:
        '沒有「{quantity}」的列：{count} 列；每列按 1 ×「{amount}」計算。如實際賣出更多，請填寫數量',
      itemUnit:
        '「{amount}」是單件商品的價格，不是整列的金額：「{product}」的「{quantity}」為 {q1} 時是 {p1}，為 {q2} 時是 {p2}。每列按「{amount}」×「{quantity}」計算，同一訂單的各列相加',
      itemLine:
        '「{amount}」是每一列的金額，不是單件價格：「{product}」{q1} 件是 {p1}，{q2} 件是 {p2}，每件價格相同。不乘以「{quantity}」，同一訂單的各列相加',
      itemUnsure:
        '「{amount}」已按每一列的金額讀取（不乘以「{quantity}」），同一訂單的各列相加：WooCommerce 的匯出外掛兩種寫法都有，而這些列看不出是哪一種。如它其實是單件價格，請把表頭改為「Unit price」後重新分析',
      added: '已相加',
      once: '每筆訂單只計一次',
      takenOff: '已按退貨扣除',
    },
  },
};

/** The sentence for an excluded row. */
export function describeExclusion(
  row: ExcludedRow,
  language: Language,
  currency: string,
  reasons: typeof EXCLUSION_REASONS,
): string {
  const key = row.reason === 'anonymous' && row.value === '' ? 'anonymous_blank' : row.reason;
  return reasons[key][language].replace('{value}', row.value).replace('{currency}', currency);
}
