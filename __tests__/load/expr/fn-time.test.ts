import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Unknown } from '../../../src/model/value.js';
import type { Value } from '../../../src/model/value.js';
import { ex } from './fixtures.js';

describe('formatdate, timeadd and timecmp', () => {
  it.each<[string, Value]>([
    // The examples of Terraform's documentation.
    ['formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")', '02 Jan 2018 23:12 UTC'],
    ['formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z")', 'Tuesday, 02-Jan-18 23:12:01 UTC'],
    [
      'formatdate("EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00")',
      'Tue, 02 Jan 2018 23:12:01 -0800',
    ],
    ['formatdate("MMM DD, YYYY", "2018-01-02T23:12:01Z")', 'Jan 02, 2018'],
    ['formatdate("HH:mmaa", "2018-01-02T23:12:01Z")', '11:12pm'],
    ['formatdate("h\'h\'mm", "2018-01-02T23:12:01-08:00")', '23h12'],
    // Every verb, short and padded, in the timestamp's own offset.
    ['formatdate("YYYY-M-D h:m:s", "2009-03-04T05:06:07+05:30")', '2009-3-4 5:6:7'],
    [
      'formatdate("MMMM EEEE H AA Z ZZZZ ZZZZZ", "2009-03-04T00:06:07+05:30")',
      'March Wednesday 12 AM +05:30 +0530 +05:30',
    ],
    ['formatdate("Z ZZZ ZZZZ", "2009-03-04T12:00:00+00:00")', 'Z UTC +0000'],
    ['formatdate("\'It\'\'s\' hh:mm", "2009-03-04T12:00:00Z")', "It's 12:00"],
    ['formatdate("\'\'YYYY\'\'", "2009-03-04T12:00:00Z")', "'2009'"],
    ['formatdate("YYYY-MM-DD", "2024-02-29T23:59:59.999999999Z")', '2024-02-29'],
    // An aws:CurrentTime window: a day from a known start, in the offset it was written in.
    ['timeadd("2017-11-22T00:00:00Z", "10m")', '2017-11-22T00:10:00Z'],
    ['timeadd("2017-11-22T00:00:00-08:00", "-30h1.5m")', '2017-11-20T17:58:30-08:00'],
    ['timeadd("2024-02-28T23:59:59.9Z", "200ms")', '2024-02-29T00:00:00Z'],
    ['timeadd("2024-02-28T23:59:59.9Z", "0")', '2024-02-28T23:59:59Z'],
    ['timeadd("1970-01-01T00:00:00Z", "-1s")', '1969-12-31T23:59:59Z'],
    // Go truncates to the second below, also before 1970.
    ['timeadd("1970-01-01T00:00:00Z", "-1ns")', '1969-12-31T23:59:59Z'],
    ['formatdate("YYYY-MM-DD hh:mm:ss", "1969-12-31T23:59:59.5Z")', '1969-12-31 23:59:59'],
    ['timeadd("2000-01-01T00:00:00Z", "1h0m1s1ms1us1µs1ns")', '2000-01-01T01:00:01Z'],
    ['timeadd("2000-01-01T00:00:00+00:00", "+.5h")', '2000-01-01T00:30:00Z'],
    ['timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:00Z")', 0],
    ['timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00Z")', -1],
    ['timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:00:00Z")', 1],
    ['timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:00:00-01:00")', 0],
    ['timecmp("2017-11-22T00:00:00.000000001Z", "2017-11-22T00:00:00Z")', 1],
  ])('%s = %j', (src, expected) => {
    expect(ex(src)).toEqual(expected);
  });

  it.each<[string, RegExp]>([
    [
      'formatdate("YYY", "2018-01-02T23:12:01Z")',
      /invalid date format verb "YYY": year must either be "YY" or "YYYY"/,
    ],
    ['formatdate("dd", "2018-01-02T23:12:01Z")', /invalid date format verb "dd"/],
    ['formatdate("MMMMM", "2018-01-02T23:12:01Z")', /month must be "M", "MM", "MMM", or "MMMM"/],
    ['formatdate("ZZ", "2018-01-02T23:12:01Z")', /timezone must be Z, ZZZZ, or ZZZZZ/],
    ['formatdate("\'open", "2018-01-02T23:12:01Z")', /unterminated literal '/],
    ['formatdate("YYYY", "2018-01-02 23:12:01Z")', /not a valid RFC3339 timestamp/],
    ['formatdate("YYYY", "2018-01-02t23:12:01z")', /not a valid RFC3339 timestamp/],
    ['formatdate("YYYY", "2018-02-29T00:00:00Z")', /day of month out of range/],
    ['formatdate("YYYY", "2018-01-02T24:00:00Z")', /hour out of range/],
    ['formatdate("YYYY", "2018-01-02T23:12:60Z")', /second out of range/],
    ['timeadd("2018-01-02T23:12:01Z", "1d")', /unknown unit "d"/],
    ['timeadd("2018-01-02T23:12:01Z", "10")', /missing unit/],
    ['timeadd("2018-01-02T23:12:01Z", "")', /invalid duration/],
    ['timeadd("2018-01-02T23:12:01Z", ".h")', /invalid duration/],
    ['timeadd("2018-01-02T23:12:01Z", "9999999999999999999h")', /invalid duration/],
    ['timestamp()', /unsupported function "timestamp"/],
    ['formatdate("YYYY", timestamp())', /unsupported function "timestamp"/],
  ])('%s is Unknown: %s', (src, reason) => {
    const value = ex(src);
    expect(value).toBeInstanceOf(Unknown);
    expect((value as Unknown).reason).toMatch(reason);
  });

  it('a bad timestamp is an error, so try() takes its fallback', () => {
    expect(ex('try(timeadd("soon", "1h"), "fallback")')).toBe('fallback');
  });

  it('agrees with the calendar of JavaScript dates over four millennia, for whole seconds', () => {
    const start = Date.UTC(100, 0, 1) / 1000;
    const end = Date.UTC(9998, 11, 31) / 1000;
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: end }),
        fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
        (seconds, delta) => {
          const iso = (s: number) => new Date(s * 1000).toISOString().replace('.000Z', 'Z');
          fc.pre(seconds + delta >= start && seconds + delta <= end);
          expect(ex(`timeadd("${iso(seconds)}", "${delta}s")`)).toBe(iso(seconds + delta));
          const date = new Date(seconds * 1000);
          const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()];
          expect(ex(`formatdate("EEE YYYY-MM-DD'T'hh:mm:ssZ", "${iso(seconds)}")`)).toBe(
            `${weekday} ${iso(seconds)}`,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('uuidv5', () => {
  it.each<[string, Value]>([
    // The examples of Terraform's documentation, confirmed with Python's uuid.uuid5.
    ['uuidv5("dns", "www.terraform.io")', 'a5008fae-b28c-5ba5-96cd-82b4c53552d6'],
    ['uuidv5("url", "https://www.terraform.io/")', '9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5'],
    ['uuidv5("oid", "1.3.6.1.4")', 'af9d40a5-7a36-5c07-b23a-851cd99fbfa5'],
    ['uuidv5("x500", "CN=Example,C=GB")', '84e09961-4aa4-57f8-95b7-03edb1073253'],
    [
      'uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.terraform.io")',
      'a5008fae-b28c-5ba5-96cd-82b4c53552d6',
    ],
    [
      'uuidv5("urn:uuid:6BA7B810-9DAD-11D1-80B4-00C04FD430C8", "www.terraform.io")',
      'a5008fae-b28c-5ba5-96cd-82b4c53552d6',
    ],
    [
      'uuidv5("{6ba7b810-9dad-11d1-80b4-00c04fd430c8}", "www.terraform.io")',
      'a5008fae-b28c-5ba5-96cd-82b4c53552d6',
    ],
    ['uuidv5("12345678123456781234567812345678", "é")', '7d7313f1-0942-5e6f-b973-3f572a58fe4d'],
  ])('%s = %j', (src, expected) => {
    expect(ex(src)).toEqual(expected);
  });

  it('a namespace that is neither a name nor a UUID is an error', () => {
    const value = ex('uuidv5("example", "x")');
    expect(value).toBeInstanceOf(Unknown);
    expect((value as Unknown).reason).toMatch(/uuidv5\(\) doesn't support namespace example/);
    expect(ex('uuidv5("6ba7b810x9dad-11d1-80b4-00c04fd430c8", "x")')).toBeInstanceOf(Unknown);
  });
});
