/**
 * The order in which to evaluate a long chain of locals without recursing down it: a local that
 * reads a local that reads a local... thousands deep would otherwise be evaluated by recursion
 * as deep as the chain, past the stack's limit, and come back unknown.
 */
import { references } from './expr/index.js';
import { isRawObject, type RawValue } from './hcl.js';

/** The locals a definition names (`local.x` in any of its expressions), read without evaluating. */
export function localsNamed(raw: RawValue): string[] {
  const names = new Set<string>();
  const visit = (value: RawValue): void => {
    if (typeof value === 'string') {
      if (!value.includes('${')) return;
      for (const ref of references(value)) {
        if (ref.address.startsWith('local.')) names.add(ref.address.slice('local.'.length));
      }
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (isRawObject(value)) {
      for (const key of Object.keys(value)) {
        visit(key);
        visit(value[key]!);
      }
    }
  };
  visit(raw);
  return [...names];
}

/**
 * The locals `name` depends on, directly or through others, that `pending` says still need
 * evaluating: each one after those it depends on, `name` itself left out. An explicit stack, so
 * that the chain's length costs memory, not stack. A cycle is cut where it closes; evaluation
 * then reports it as a local that refers to itself.
 */
export function dependenciesFirst(
  name: string,
  dependencies: (name: string) => readonly string[],
  pending: (name: string) => boolean,
): string[] {
  const order: string[] = [];
  const seen = new Set<string>([name]);
  const stack: { name: string; deps: readonly string[]; next: number }[] = [
    { name, deps: dependencies(name), next: 0 },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next < top.deps.length) {
      const dep = top.deps[top.next++]!;
      if (seen.has(dep) || !pending(dep)) continue;
      seen.add(dep);
      stack.push({ name: dep, deps: dependencies(dep), next: 0 });
    } else {
      stack.pop();
      if (stack.length > 0) order.push(top.name);
    }
  }
  return order;
}
