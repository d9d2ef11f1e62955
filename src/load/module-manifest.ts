import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * What `terraform init` leaves in `.terraform/modules/modules.json`: for each module call of a
 * root module (keys like `guardrails` or `org.guardrails` for nested calls), the directory its
 * downloaded code sits in. Paths in it are relative to the root module.
 */
export type ModuleManifest = ReadonlyMap<string, string>;

export async function readModuleManifest(rootDir: string): Promise<ModuleManifest> {
  const manifest = new Map<string, string>();
  let text: string;
  try {
    text = await fs.readFile(path.join(rootDir, '.terraform', 'modules', 'modules.json'), 'utf8');
  } catch {
    return manifest; // not initialised: remote modules stay opaque
  }
  try {
    const parsed = JSON.parse(text) as { Modules?: { Key?: unknown; Dir?: unknown }[] };
    for (const entry of parsed.Modules ?? []) {
      if (typeof entry.Key === 'string' && entry.Key !== '' && typeof entry.Dir === 'string') {
        manifest.set(entry.Key, path.resolve(rootDir, entry.Dir));
      }
    }
  } catch {
    // A corrupt manifest is treated like none: the modules are reported as opaque.
  }
  return manifest;
}
