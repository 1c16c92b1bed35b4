import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
// @ts-expect-error plain ESM without types, shared with `npm run eval`
import { evaluate, checkFloors } from '../../eval/lib.mjs';

// The accuracy guard of `npm run eval -- --check`, in the suite CI runs: precision floors per rule,
// recall floors, planted errors that must stay found, and no finding left unjudged.
describe('the evaluation corpus', () => {
  it('meets every floor of eval/floors.yaml on both splits', () => {
    const floors = YAML.parse(readFileSync(new URL('../../eval/floors.yaml', import.meta.url), 'utf8'));
    expect(checkFloors(evaluate(), floors)).toEqual([]);
  });
});
