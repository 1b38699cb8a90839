import { readFileSync } from 'node:fs';

import { describe, expect, it } from '@jest/globals';

import { compareContracts, describeChanges } from '../../scripts/contract-check.js';

const CONTRACT = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
const RELEASED = readFileSync(new URL('../../schema/released.graphql', import.meta.url), 'utf8');

/** `sdl` with `search` replaced once; fails the test when `search` is not in it. */
function edited(sdl: string, search: string, replacement: string): string {
  expect(sdl).toContain(search);
  return sdl.replace(search, replacement);
}

describe('schema/schema.graphql against the released contract', () => {
  it('makes no breaking change', async () => {
    const changes = await compareContracts(RELEASED, CONTRACT);

    if (changes.dangerous.length > 0) {
      // Apps survive these through the PinChangeError fallback; they are worth a look, no more.
      process.stdout.write(
        `Dangerous contract changes since release:\n${describeChanges(changes.dangerous)}\n`,
      );
    }
    expect(describeChanges(changes.breaking)).toBe('');
  });
});

describe('the breaking-change check', () => {
  it('finds a removed field, named by its path', async () => {
    const withoutCardStatus = edited(
      CONTRACT,
      '  "The card\'s Solaris status, for example `BLOCKED`."\n  cardStatus: String!\n',
      '',
    );

    const changes = await compareContracts(RELEASED, withoutCardStatus);

    expect(describeChanges(changes.breaking)).toBe(
      "  - CardNotEligibleError.cardStatus: Field 'cardStatus' was removed from object type 'CardNotEligibleError'",
    );
    expect(changes.dangerous).toEqual([]);
  });

  it('finds a field made nullable in a result and an argument made required', async () => {
    const tightened = edited(
      edited(
        CONTRACT,
        '  retryable: Boolean!\n  "The card id that was asked for."',
        '  retryable: Boolean\n  "The card id that was asked for."',
      ),
      'deviceId: ID\n  ): PinChangeRequest!',
      'deviceId: ID!\n  ): PinChangeRequest!',
    );

    const changes = await compareContracts(RELEASED, tightened);

    expect(changes.breaking.map((change) => change.path).sort()).toEqual([
      'CardNotFoundError.retryable',
      'Mutation.authorizePinChange.deviceId',
    ]);
  });

  it('reports a new union member as dangerous and not as breaking', async () => {
    const grown = edited(
      CONTRACT,
      '  | CardNotFoundError\n  | CardNotEligibleError\n  | UnauthorizedActionError\n',
      '  | CardNotFoundError\n  | CardNotEligibleError\n  | UnauthorizedActionError\n  | ValidationError\n',
    );

    const changes = await compareContracts(RELEASED, grown);

    expect(changes.breaking).toEqual([]);
    expect(describeChanges(changes.dangerous)).toBe(
      "  - PinEncryptionKeyResult: Member 'ValidationError' was added to Union type 'PinEncryptionKeyResult'",
    );
  });

  it('reports a new enum value as dangerous and not as breaking', async () => {
    const grown = edited(
      CONTRACT,
      '  DEVICE_SIGNING\n}',
      '  DEVICE_SIGNING\n  "A push to the banking app."\n  PUSH\n}',
    );

    const changes = await compareContracts(RELEASED, grown);

    expect(changes.breaking).toEqual([]);
    expect(changes.dangerous.map((change) => change.path)).toEqual(['ScaMethod.PUSH']);
  });
});
