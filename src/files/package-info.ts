import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  name: string;
  version: string;
  homepage?: string;
}

let cached: PackageInfo | undefined;

/** policylint's own package.json (found upward from this module, in src/ or dist/src/). */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string; homepage?: string };
      if (pkg.name === 'policylint') return (cached = { name: pkg.name, version: pkg.version ?? '0.0.0', homepage: pkg.homepage });
    }
    const parent = path.dirname(dir);
    if (parent === dir) return (cached = { name: 'policylint', version: '0.0.0' });
    dir = parent;
  }
}

/** policylint's version (cache keys, SARIF, --version). */
export function packageVersion(): string {
  return packageInfo().version;
}
