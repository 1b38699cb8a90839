import { readFileSync } from 'node:fs';

import { expect, it } from '@jest/globals';
import { parse, print } from 'graphql';

import { JOURNEY_EXAMPLE } from '../../src/server/graphiql/example-operations.js';

const STEPS = [
  'pin-encryption-key',
  'change-card-pin',
  'authorize-pin-change',
  'confirm-pin-change',
];

it("opens GraphiQL with exactly the shipped operations, in the journey's order", () => {
  const shipped = STEPS.map((step) =>
    print(parse(readFileSync(new URL(`operations/${step}.graphql`, import.meta.url), 'utf8'))),
  );

  const example = parse(JOURNEY_EXAMPLE).definitions.map((definition) => print(definition));

  expect(example).toEqual(shipped);
});
