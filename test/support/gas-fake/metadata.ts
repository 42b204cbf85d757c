// Fake developer metadata on the spreadsheet, its sheets and single rows of a sheet (columns are not
// supported). Row metadata follows the Sheets API's documented behaviour
// (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata): it
// "will remain associated at those locations as they move around and the spreadsheet is edited" —
// metadata on row 5 is on row 6 after a row is inserted above it — and "if the associated object is
// deleted its metadata is deleted too"; a dimension location "must represent a single row or column".
// Whether sorting a range moves row metadata is not documented: the fake's sorts move values only.
import { withStubs } from './env';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';

type MetadataApi = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type LocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;

type MetadataMethods =
  | 'getId'
  | 'getKey'
  | 'getValue'
  | 'getVisibility'
  | 'getLocation'
  | 'remove'
  | 'setKey'
  | 'setValue'
  | 'setVisibility';

export class FakeDeveloperMetadata implements Pick<MetadataApi, MetadataMethods> {
  readonly api: MetadataApi;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly id: number,
    public key: string,
    public value: string | null,
    public visibility: string,
    /** null: the spreadsheet itself. */
    public sheet: FakeSheet | null,
    /** 1-based row of `sheet` for row metadata (moved by FakeSheet's row insertions and deletions). */
    public row: number | null = null,
  ) {
    this.api = withStubs<FakeDeveloperMetadata, MetadataApi>(this, 'DeveloperMetadata');
  }

  getId(): number {
    return this.id;
  }
  getKey(): string {
    return this.key;
  }
  getValue(): string | null {
    return this.value;
  }
  getVisibility(): Visibility {
    return this.visibility as unknown as Visibility;
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    const sheet = this.sheet;
    const spreadsheet = this.spreadsheet;
    const row = this.row;
    // Each getter returns null unless the location is of its type
    // (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location).
    return withStubs<object, GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>(
      {
        getLocationType: () => locationType(this) as unknown as LocationType,
        getSheet: () => (row === null ? (sheet?.api ?? null) : null),
        getSpreadsheet: () => (sheet ? null : spreadsheet.api),
        getRow: () => (sheet && row !== null ? sheet.rangeAt(row, 1, 1, sheet.maxColumns).api : null),
        getColumn: () => null,
      },
      'DeveloperMetadataLocation',
    );
  }
  remove(): void {
    const list = this.spreadsheet.metadata;
    const i = list.indexOf(this);
    if (i >= 0) list.splice(i, 1);
  }
  setKey(key: string): MetadataApi {
    this.key = key;
    return this.api;
  }
  setValue(value: string): MetadataApi {
    this.value = value;
    return this.api;
  }
  setVisibility(visibility: Visibility): MetadataApi {
    this.visibility = String(visibility);
    return this.api;
  }
}

function locationType(m: FakeDeveloperMetadata): 'ROW' | 'SHEET' | 'SPREADSHEET' {
  if (m.row !== null) return 'ROW';
  return m.sheet ? 'SHEET' : 'SPREADSHEET';
}

/**
 * Overloads (key), (key, visibility), (key, value), (key, value, visibility). Approximation: a
 * value equal to 'DOCUMENT' or 'PROJECT' given alone is taken as a visibility (the fake's enums are
 * strings).
 */
export function addMetadata(
  spreadsheet: FakeSpreadsheet,
  sheet: FakeSheet | null,
  key: string,
  second?: unknown,
  third?: unknown,
  row: number | null = null,
): void {
  let value: string | null = null;
  let visibility = 'DOCUMENT';
  if (third !== undefined) {
    value = String(second);
    visibility = String(third);
  } else if (second === 'DOCUMENT' || second === 'PROJECT') {
    visibility = second;
  } else if (second !== undefined) {
    value = String(second);
  }
  spreadsheet.metadata.push(
    new FakeDeveloperMetadata(spreadsheet, spreadsheet.nextId(), key, value, visibility, sheet, row),
  );
}

type FinderApi = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type FinderMethods =
  | 'find'
  | 'onIntersectingLocations'
  | 'withId'
  | 'withKey'
  | 'withLocationType'
  | 'withValue'
  | 'withVisibility';

export class FakeMetadataFinder implements Pick<FinderApi, FinderMethods> {
  readonly api: FinderApi;
  private readonly tests: ((m: FakeDeveloperMetadata) => boolean)[] = [];

  constructor(
    private readonly spreadsheet: FakeSpreadsheet,
    /** null: search the whole spreadsheet. */
    private readonly sheet: FakeSheet | null,
  ) {
    this.api = withStubs<FakeMetadataFinder, FinderApi>(this, 'DeveloperMetadataFinder');
  }

  private add(test: (m: FakeDeveloperMetadata) => boolean): FinderApi {
    this.tests.push(test);
    return this.api;
  }
  find(): MetadataApi[] {
    return this.spreadsheet.metadata
      .filter((m) => this.sheet === null || m.sheet === this.sheet)
      .filter((m) => this.tests.every((t) => t(m)))
      .map((m) => m.api);
  }
  onIntersectingLocations(): FinderApi {
    return this.api;
  }
  withId(id: number): FinderApi {
    return this.add((m) => m.id === id);
  }
  withKey(key: string): FinderApi {
    return this.add((m) => m.key === key);
  }
  withValue(value: string): FinderApi {
    return this.add((m) => m.value === value);
  }
  withVisibility(visibility: Visibility): FinderApi {
    return this.add((m) => m.visibility === String(visibility));
  }
  withLocationType(type: LocationType): FinderApi {
    return this.add((m) => locationType(m) === String(type));
  }
}

/**
 * Row metadata of `sheet` after rows were inserted (`count` > 0, before row `at`) or deleted
 * (`count` < 0, rows `at`… ): later rows' metadata moves with them; a deleted row's is deleted.
 */
export function shiftRowMetadata(
  spreadsheet: FakeSpreadsheet,
  sheet: FakeSheet,
  at: number,
  count: number,
): void {
  const list = spreadsheet.metadata;
  for (let k = list.length - 1; k >= 0; k--) {
    const m = list[k]!;
    if (m.sheet !== sheet || m.row === null || m.row < at) continue;
    if (count < 0 && m.row < at - count) list.splice(k, 1);
    else m.row += count;
  }
}
