// The tea-shop sample as the server's insertSample takes it (src/gas/sample-data.ts): bundled here,
// in the sidebar, so that dist/Code.js stays small. Number formats go as [letter, format] pairs.

import type { SampleWorkbook } from '../core/sample/sample-workbook';
import teaShop from '../core/sample/tea-shop.json';
import type { SampleUpload } from '../gas/sample-data';

export function sampleUpload(workbook: SampleWorkbook = teaShop as unknown as SampleWorkbook): SampleUpload {
  return {
    ...workbook,
    sheets: workbook.sheets.map((sheet) => ({
      ...sheet,
      numberFormats: Object.entries(sheet.numberFormats ?? {}),
    })),
  };
}
