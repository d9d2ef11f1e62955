import { Unknown, containsUnknown, type Value } from '../../src/model/value.js';

/** A list of two references to the level below, `depth` times: 2^depth leaves as a tree. */
function shared(leaf: Value, depth: number): Value {
  let value: Value = [leaf, 'known'];
  for (let i = 0; i < depth; i++) value = { left: value, right: [value] };
  return value;
}

describe('containsUnknown', () => {
  it('finds an Unknown nested in plain values', () => {
    expect(containsUnknown({ a: [1, { b: new Unknown('not known') }] })).toBe(true);
    expect(containsUnknown({ a: [1, { b: 'x' }] })).toBe(false);
    expect(containsUnknown(new Unknown('itself'))).toBe(true);
    expect(containsUnknown(null)).toBe(false);
  });

  it('answers for values that share their parts into a tree of 2^60 nodes', () => {
    // As a tree this would never finish: each shared part must be visited once.
    expect(containsUnknown(shared('plain', 60))).toBe(false);
    expect(containsUnknown(shared(new Unknown('deep'), 60))).toBe(true);
  });
});
