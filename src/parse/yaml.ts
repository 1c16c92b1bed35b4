import { createRequire } from 'node:module';

// `yaml` is loaded on first use: most runs need it for nothing (flat front matter is read without
// it, shipped catalogues are parsed at build time), and loading it costs tens of milliseconds in
// every process and worker. Node resolves `import 'yaml'` to the same CommonJS build (its "node"
// export), so this is the very module a static import would give.
const require = createRequire(import.meta.url);
let loaded: typeof import('yaml') | undefined;

export function yaml(): typeof import('yaml') {
  loaded ??= require('yaml') as typeof import('yaml');
  return loaded;
}
