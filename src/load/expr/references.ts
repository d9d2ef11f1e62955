/**
 * Static reference discovery for linking (which resources, modules, variables and locals an
 * attribute mentions), without evaluating anything.
 */
import type { PathSegment, Reference } from '../../model/value.js';
import { referenceText } from '../../model/value.js';
import type { Expr, TemplatePart } from './ast.js';
import { parseTemplateCached } from './parser.js';

/** Roots that never name another configuration object. */
const NON_OBJECT_ROOTS = new Set(['path', 'each', 'count', 'self', 'terraform']);

/** The key of an index step when it is written as a constant (`[0]`, `["k"]`). */
function staticKey(expr: Expr): PathSegment | null {
  if (expr.kind === 'literal' && (typeof expr.value === 'string' || typeof expr.value === 'number'))
    return expr.value;
  if (expr.kind === 'template' && expr.parts.length === 1 && expr.parts[0]!.kind === 'literal')
    return expr.parts[0]!.value;
  return null;
}

class Collector {
  readonly found = new Map<string, Reference>();

  constructor(private readonly prefix: string) {}

  private add(address: string, path: PathSegment[]): void {
    const ref: Reference = { address: this.prefix + address, path };
    const key = referenceText(ref);
    if (!this.found.has(key)) this.found.set(key, ref);
  }

  /** `steps` are outermost-last: for `a.b[0]` the chain is [getAttr b, index 0] from root `a`. */
  private traversal(expr: Expr, bound: ReadonlySet<string>): void {
    const steps: Array<{ name: string } | { key: Expr }> = [];
    let node: Expr = expr;
    while (node.kind === 'getAttr' || node.kind === 'index') {
      steps.push(node.kind === 'getAttr' ? { name: node.name } : { key: node.key });
      node = node.object;
    }
    steps.reverse();
    for (const step of steps) if ('key' in step) this.expr(step.key, bound);
    if (node.kind !== 'variable') {
      this.expr(node, bound);
      return;
    }
    const root = node.name;
    if (bound.has(root) || NON_OBJECT_ROOTS.has(root)) return;
    const path: PathSegment[] = [];
    for (const step of steps) {
      const seg = 'name' in step ? step.name : staticKey(step.key);
      if (seg === null) break;
      path.push(seg);
    }
    // var.x, local.x, module.m and type.name take one attribute; data.type.name takes two.
    const want = root === 'data' || root === 'ephemeral' ? 2 : 1;
    if (path.length < want) return;
    for (let i = 0; i < want; i++) if (!('name' in steps[i]!)) return;
    this.add([root, ...path.slice(0, want)].join('.'), path.slice(want));
  }

  expr(expr: Expr, bound: ReadonlySet<string>): void {
    switch (expr.kind) {
      case 'literal':
      case 'splatItem':
      case 'error':
        return;
      case 'variable':
      case 'getAttr':
      case 'index':
        this.traversal(expr, bound);
        return;
      case 'splat':
        this.expr(expr.source, bound);
        this.expr(expr.each, bound);
        return;
      case 'tuple':
        for (const item of expr.items) this.expr(item, bound);
        return;
      case 'object':
        for (const item of expr.items) {
          if (item.key.kind !== 'name') this.expr(item.key, bound);
          this.expr(item.value, bound);
        }
        return;
      case 'for': {
        this.expr(expr.collection, bound);
        const inner = new Set(bound);
        inner.add(expr.valueVar);
        if (expr.keyVar) inner.add(expr.keyVar);
        if (expr.keyExpr) this.expr(expr.keyExpr, inner);
        this.expr(expr.valueExpr, inner);
        if (expr.condition) this.expr(expr.condition, inner);
        return;
      }
      case 'conditional':
        this.expr(expr.condition, bound);
        this.expr(expr.trueExpr, bound);
        this.expr(expr.falseExpr, bound);
        return;
      case 'binary':
        this.expr(expr.left, bound);
        this.expr(expr.right, bound);
        return;
      case 'unary':
        this.expr(expr.operand, bound);
        return;
      case 'call':
        for (const arg of expr.args) this.expr(arg, bound);
        return;
      case 'parens':
        this.expr(expr.expr, bound);
        return;
      case 'template':
        this.parts(expr.parts, bound);
        return;
    }
  }

  parts(parts: readonly TemplatePart[], bound: ReadonlySet<string>): void {
    for (const part of parts) {
      switch (part.kind) {
        case 'literal':
          break;
        case 'interp':
          this.expr(part.expr, bound);
          break;
        case 'if':
          this.expr(part.condition, bound);
          this.parts(part.then, bound);
          this.parts(part.else, bound);
          break;
        case 'for': {
          this.expr(part.collection, bound);
          const inner = new Set(bound);
          inner.add(part.valueVar);
          if (part.keyVar) inner.add(part.keyVar);
          this.parts(part.body, inner);
          break;
        }
      }
    }
  }
}

/**
 * References to resources, data sources, modules, variables and locals mentioned in an
 * hcl2json template string, each with the constant part of its attribute path. Best effort:
 * text that does not parse yields no references.
 */
export function references(text: string, modulePrefix = ''): Reference[] {
  if (!text.includes('${') && !text.includes('%{')) return [];
  const template = parseTemplateCached(text);
  if (template.kind !== 'template') return [];
  const collector = new Collector(modulePrefix);
  collector.parts(template.parts, new Set());
  return [...collector.found.values()];
}
