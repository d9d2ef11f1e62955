// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with every dependency inside,
// so both run from a fresh clone with no npm install.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const versionSource = readFileSync('src/version.ts', 'utf8');
if (!versionSource.includes(`'${pkg.version}'`)) {
  throw new Error(`src/version.ts does not match package.json version ${pkg.version}`);
}

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Chunks sit beside the entries so the hcl2json __dirname shim resolves to dist/ from any of them.
  chunkNames: '[name]-[hash]',
  // hcl2json's Go bridge only requires "performance" where globalThis.performance is missing (never on Node 20+).
  external: ['performance'],
  // CommonJS dependencies call require() for Node built-ins; ESM output needs one to exist.
  banner: {
    js: "import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  // Resolve through symlinks' own paths: output must not depend on where node_modules really lives.
  preserveSymlinks: true,
  logLevel: 'warning',
  // The CLI's shebang comes from src/cli.ts; keep output stable for the freshness check.
  minify: false,
  sourcemap: false,
});

const require = createRequire(import.meta.url);
const hclDir = require.resolve('@cdktf/hcl2json/package.json').replace(/package\.json$/, '');
copyFileSync(`${hclDir}main.wasm.gz`, 'dist/main.wasm.gz');
chmodSync('dist/cli.js', 0o755);
console.log('built dist/index.js, dist/cli.js');
