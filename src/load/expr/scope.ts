/** What an expression can see: the loader implements this per module instance. */
import type { Value } from '../../model/value.js';

export interface Scope {
  /** var.NAME: the variable's value, or undefined if not declared. */
  variable(name: string): Value | undefined;
  /** local.NAME, or undefined if not declared. */
  local(name: string): Value | undefined;
  /** path.module / path.root / path.cwd. */
  path(kind: 'module' | 'root' | 'cwd'): string | undefined;
  /**
   * A resource/data/module object by address (`aws_organizations_policy.x`,
   * `data.aws_iam_policy_document.d`, `module.m`), without the module prefix. Undefined when not
   * known: the evaluator then yields an Unknown carrying the reference.
   */
  resource(address: string): Value | undefined;
  /** File contents for file()/templatefile(), or undefined when not readable or not UTF-8. */
  readFile(path: string): string | undefined;
  /** A file's bytes for filebase64() and the file hashes, or undefined when not readable. */
  readBytes?(path: string): Uint8Array | undefined;
  /**
   * For abspath(): the path made absolute against the directory Terraform runs in, or undefined
   * when that directory is not known here.
   */
  absolutePath?(path: string): string | undefined;
  /** For fileexists(): what is at the path, or undefined when that cannot be told. */
  fileKind?(path: string): 'file' | 'directory' | 'missing' | undefined;
  /**
   * For fileset(): the regular files below a directory, as `/`-separated paths relative to it,
   * or undefined when the directory cannot be listed.
   */
  listFiles?(dir: string): readonly string[] | undefined;
  /**
   * The provider type behind a local name in `provider::NAME::fn(...)`, as the module's
   * required_providers gives it; undefined when the name is the type itself.
   */
  providerType?(localName: string): string | undefined;
  /** Prefix put on references made from this scope, e.g. 'module.a.' or ''. */
  readonly modulePrefix: string;
  /** each.key / each.value inside a for_each-expanded block. */
  each?: { key: Value; value: Value };
  /** count.index inside a count-expanded block. */
  count?: { index: number };
}

export interface StaticScopeInit {
  variables?: Record<string, Value>;
  locals?: Record<string, Value>;
  resources?: Record<string, Value>;
  files?: Record<string, string>;
  paths?: Partial<Record<'module' | 'root' | 'cwd', string>>;
  modulePrefix?: string;
  each?: { key: Value; value: Value };
  count?: { index: number };
}

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A Scope over fixed tables: for tests, and for callers that already hold every value. */
export function staticScope(init: StaticScopeInit = {}): Scope {
  const scope: Scope = {
    variable: (name) => own(init.variables, name),
    local: (name) => own(init.locals, name),
    path: (kind) => init.paths?.[kind],
    resource: (address) => own(init.resources, address),
    readFile: (path) => own(init.files, path),
    readBytes: (path) => {
      const text = own(init.files, path);
      return text === undefined ? undefined : Buffer.from(text, 'utf8');
    },
    fileKind: (path) => {
      if (own(init.files, path) !== undefined) return 'file';
      return Object.keys(init.files ?? {}).some((f) => f.startsWith(`${path}/`)) ? 'directory' : 'missing';
    },
    listFiles: (dir) => {
      const prefix = dir === '.' || dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
      return Object.keys(init.files ?? {})
        .filter((f) => f.startsWith(prefix))
        .map((f) => f.slice(prefix.length));
    },
    modulePrefix: init.modulePrefix ?? '',
  };
  if (init.each) scope.each = init.each;
  if (init.count) scope.count = init.count;
  return scope;
}
