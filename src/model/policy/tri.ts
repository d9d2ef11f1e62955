import type { Tri } from './types.js';

/** Kleene logic: a definite `no` (for AND) or `yes` (for OR) settles the answer even if other parts depend. */
export function and3(values: Iterable<Tri>): Tri {
  let result: Tri = 'yes';
  for (const v of values) {
    if (v === 'no') return 'no';
    if (v === 'depends') result = 'depends';
  }
  return result;
}

export function or3(values: Iterable<Tri>): Tri {
  let result: Tri = 'no';
  for (const v of values) {
    if (v === 'yes') return 'yes';
    if (v === 'depends') result = 'depends';
  }
  return result;
}

export function not3(value: Tri): Tri {
  return value === 'yes' ? 'no' : value === 'no' ? 'yes' : 'depends';
}

export function tri(value: boolean): Tri {
  return value ? 'yes' : 'no';
}
