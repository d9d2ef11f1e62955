/** Renders expression ASTs as compact S-expressions so parser tests can be table-driven. */
import type { Expr, TemplatePart } from '../../../src/load/expr/index.js';

export function show(expr: Expr): string {
  switch (expr.kind) {
    case 'literal':
      return typeof expr.value === 'string' ? JSON.stringify(expr.value) : String(expr.value);
    case 'variable':
      return expr.name;
    case 'getAttr':
      return `${show(expr.object)}.${expr.name}`;
    case 'index':
      return expr.legacy
        ? `${show(expr.object)}.${show(expr.key)}`
        : `${show(expr.object)}[${show(expr.key)}]`;
    case 'splat':
      return `(splat${expr.attrOnly ? '.*' : '[*]'} ${show(expr.source)} ${show(expr.each)})`;
    case 'splatItem':
      return '@';
    case 'tuple':
      return `[${expr.items.map(show).join(' ')}]`;
    case 'object':
      return `{${expr.items
        .map((i) => `${i.key.kind === 'name' ? i.key.name : show(i.key)}=${show(i.value)}`)
        .join(' ')}}`;
    case 'for': {
      const vars = expr.keyVar ? `${expr.keyVar},${expr.valueVar}` : expr.valueVar;
      const body = expr.keyExpr ? `${show(expr.keyExpr)}=>${show(expr.valueExpr)}` : show(expr.valueExpr);
      const cond = expr.condition ? ` if ${show(expr.condition)}` : '';
      return `(for${expr.isObject ? '{}' : '[]'} ${vars} in ${show(expr.collection)} : ${body}${expr.grouping ? '...' : ''}${cond})`;
    }
    case 'conditional':
      return `(? ${show(expr.condition)} ${show(expr.trueExpr)} ${show(expr.falseExpr)})`;
    case 'binary':
      return `(${expr.op} ${show(expr.left)} ${show(expr.right)})`;
    case 'unary':
      return `(${expr.op} ${show(expr.operand)})`;
    case 'call':
      return `(${expr.name}${expr.args.map((a) => ' ' + show(a)).join('')}${expr.expandFinal ? '...' : ''})`;
    case 'parens':
      return `(paren ${show(expr.expr)})`;
    case 'template':
      return `(tpl${expr.parts.map((p) => ' ' + showPart(p)).join('')})`;
    case 'error':
      return `(error ${expr.message})`;
  }
}

export function showPart(part: TemplatePart): string {
  switch (part.kind) {
    case 'literal':
      return JSON.stringify(part.value);
    case 'interp':
      return `\${${show(part.expr)}}`;
    case 'if':
      return `(if ${show(part.condition)} [${part.then.map(showPart).join(' ')}] [${part.else.map(showPart).join(' ')}])`;
    case 'for':
      return `(for ${part.keyVar ? part.keyVar + ',' : ''}${part.valueVar} in ${show(part.collection)} [${part.body.map(showPart).join(' ')}])`;
  }
}
