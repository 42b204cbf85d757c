// Fake developer metadata on the spreadsheet and its sheets (rows/columns/ranges are not supported).
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
    return withStubs<object, GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>(
      {
        getLocationType: () => (sheet ? 'SHEET' : 'SPREADSHEET') as unknown as LocationType,
        getSheet: () => sheet?.api ?? null,
        getSpreadsheet: () => (sheet ? null : spreadsheet.api),
        getRow: () => null,
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
    new FakeDeveloperMetadata(spreadsheet, spreadsheet.nextId(), key, value, visibility, sheet),
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
  withLocationType(locationType: LocationType): FinderApi {
    return this.add((m) => (m.sheet ? 'SHEET' : 'SPREADSHEET') === String(locationType));
  }
}
