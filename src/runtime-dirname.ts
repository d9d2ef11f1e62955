import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * @cdktf/hcl2json reads `join(__dirname, '..', 'main.wasm.gz')` when it loads. In the ESM bundle
 * there is no __dirname, so point it at `<dist>/hcl2json`, whose parent holds the copied WASM.
 * This module must be imported before anything that loads hcl2json.
 */
const globals = globalThis as { __dirname?: string };
globals.__dirname ??= join(dirname(fileURLToPath(import.meta.url)), 'hcl2json');
