// vitest runs without globals here, so RuleTester is handed its describe/it once for every rule
// test (under mocha or jest, whose globals it finds, this would not be needed).
import { describe, it } from 'vitest';
import { RuleTester } from '../../src/engine/rule-tester.js';

RuleTester.describe = describe;
RuleTester.it = it;

export { RuleTester };
