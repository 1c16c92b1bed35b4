import path from 'node:path';
import picomatch from 'picomatch';
import { toArray, type Chain, type Layer } from './layers.js';

/** The overrides that apply to a file, as `layer.override` indexes in the order they apply. */
export function matchedOverrides(chain: Chain, file: string): string[] {
  const matched: string[] = [];
  chain.layers.forEach((layer, i) => {
    layer.config.overrides?.forEach((_, j) => {
      if (overrideMatches(layer, j, file)) matched.push(`${i}.${j}`);
    });
  });
  return matched;
}

function overrideMatches(layer: Layer, index: number, file: string): boolean {
  layer.matchers ??= (layer.config.overrides ?? []).map((o) => {
    const include = picomatch(toArray(o.files).map((g) => g.replace(/^\.\//, '')), { dot: true });
    const exclude = o.excludedFiles ? picomatch(toArray(o.excludedFiles).map((g) => g.replace(/^\.\//, '')), { dot: true }) : () => false;
    // A pattern without a slash matches the file name at any depth, as in .gitignore and ESLint.
    const base = picomatch(toArray(o.files).filter((g) => !g.includes('/')), { dot: true });
    return (rel: string) => (include(rel) || base(path.posix.basename(rel))) && !exclude(rel) && !exclude(path.posix.basename(rel));
  });
  const rel = path.relative(layer.globDir, file).split(path.sep).join('/');
  if (rel.startsWith('../') || path.isAbsolute(rel)) return false;
  return layer.matchers[index](rel);
}
