/** Numeric functions. */
import { argNumber, def } from './fn-args.js';
import type { FnDef } from './fn-args.js';
import type { Value } from '../../model/value.js';

export const NUMERIC_FUNCTIONS: Record<string, FnDef> = {
  abs: def(1, 1, ([n]) => Math.abs(argNumber(n!, 'num'))),
  ceil: def(1, 1, ([n]) => Math.ceil(argNumber(n!, 'num'))),
  floor: def(1, 1, ([n]) => Math.floor(argNumber(n!, 'num'))),
  signum: def(1, 1, ([n]) => Math.sign(argNumber(n!, 'num'))),
  pow: def(2, 2, ([b, e]) => Math.pow(argNumber(b!, 'num'), argNumber(e!, 'power'))),
  log: def(2, 2, ([n, b]) => Math.log(argNumber(n!, 'num')) / Math.log(argNumber(b!, 'base'))),
  // Folded pairwise: Math.max(...numbers) overflows the stack on a long expanded list.
  max: def(1, Infinity, (args) => numbers(args).reduce((a, b) => Math.max(a, b))),
  min: def(1, Infinity, (args) => numbers(args).reduce((a, b) => Math.min(a, b))),
};

function numbers(args: readonly Value[]): number[] {
  return args.map((a, i) => argNumber(a, `argument ${i + 1}`));
}
