// Fake Utilities: formatDate (SimpleDateFormat via Intl), sleep (advances the fake clock),
// deterministic getUuid, digests/HMAC/base64 via node:crypto, formatString.
import { createHash, createHmac } from 'node:crypto';
import { type FakeEnv, isDate, makeEnum, withStubs } from './env';
import { formatSimpleDate } from './tz';

type UtilitiesApi = GoogleAppsScript.Utilities.Utilities;
type Byte = number;

type UtilitiesMethods =
  | 'Charset'
  | 'DigestAlgorithm'
  | 'MacAlgorithm'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'computeDigest'
  | 'computeHmacSha256Signature'
  | 'formatDate'
  | 'formatString'
  | 'getUuid'
  | 'sleep';

const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Apps Script byte arrays hold Java bytes: -128..127. */
function toBytes(buf: Buffer): Byte[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: Byte[] | string): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));
}

export class FakeUtilities implements Pick<UtilitiesApi, UtilitiesMethods> {
  readonly api: UtilitiesApi;
  readonly Charset = makeEnum<typeof GoogleAppsScript.Utilities.Charset>('US_ASCII', 'UTF_8');
  readonly DigestAlgorithm = makeEnum<typeof GoogleAppsScript.Utilities.DigestAlgorithm>(
    'MD2',
    'MD5',
    'SHA_1',
    'SHA_256',
    'SHA_384',
    'SHA_512',
  );
  readonly MacAlgorithm = makeEnum<typeof GoogleAppsScript.Utilities.MacAlgorithm>(
    'HMAC_MD5',
    'HMAC_SHA_1',
    'HMAC_SHA_256',
    'HMAC_SHA_384',
    'HMAC_SHA_512',
  );
  /** Total milliseconds passed to sleep(). */
  sleptMs = 0;
  private uuidCounter = 0;

  constructor(private readonly env: FakeEnv) {
    this.api = withStubs<FakeUtilities, UtilitiesApi>(this, 'Utilities');
  }

  /**
   * Formats like Java's SimpleDateFormat in English
   * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String));
   * see tz.ts for the supported letters.
   */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date)) throw this.env.error('fake: Utilities.formatDate needs a Date');
    return formatSimpleDate(date.getTime(), timeZone, format);
  }

  /** Advances the fake clock instead of waiting. */
  sleep(milliseconds: number): void {
    this.sleptMs += milliseconds;
    this.env.clock.advance(milliseconds);
  }

  /** Deterministic, well-formed version-4-looking UUIDs: ...-000000000001, ...-000000000002. */
  getUuid(): string {
    this.uuidCounter += 1;
    return `00000000-0000-4000-8000-${this.uuidCounter.toString(16).padStart(12, '0')}`;
  }

  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: Byte[] | string): Byte[] {
    const name = DIGESTS[String(algorithm)];
    if (!name) throw this.env.error(`fake: digest ${String(algorithm)} not supported`);
    return toBytes(createHash(name).update(toBuffer(value)).digest());
  }

  computeHmacSha256Signature(value: Byte[] | string, key: Byte[] | string): Byte[] {
    return toBytes(createHmac('sha256', toBuffer(key)).update(toBuffer(value)).digest());
  }

  base64Encode(data: Byte[] | string): string {
    return toBuffer(data).toString('base64');
  }
  base64EncodeWebSafe(data: Byte[] | string): string {
    return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string): Byte[] {
    return toBytes(Buffer.from(encoded, 'base64'));
  }
  base64DecodeWebSafe(encoded: string): Byte[] {
    return toBytes(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }

  /** sprintf-like: %s, %d, %i, %f (with .N precision), %%. */
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(
      /%(\.(\d+))?([sdif%])/g,
      (_m, _p, precision: string | undefined, type: string) => {
        if (type === '%') return '%';
        const arg = args[i++];
        if (type === 's') return String(arg);
        if (type === 'd' || type === 'i') return String(Math.trunc(Number(arg)));
        return precision === undefined ? String(Number(arg)) : Number(arg).toFixed(Number(precision));
      },
    );
  }
}
