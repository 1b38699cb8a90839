import { describe, expect, it } from '@jest/globals';

import { withoutVariableValue } from '../../src/server/error-masking.js';

describe('withoutVariableValue', () => {
  it.each([
    [
      'Variable "$confirmation" got invalid value { tan: "123456", deviceSignature: { deviceId: "d", signature: "ab" } }; Exactly one key must be specified for OneOf type "ScaConfirmation".',
      'Variable "$confirmation" got an invalid value; Exactly one key must be specified for OneOf type "ScaConfirmation".',
    ],
    [
      'Variable "$encryptedPin" got invalid value 12345; String cannot represent a non string value: 12345',
      'Variable "$encryptedPin" got an invalid value; String cannot represent a non string value.',
    ],
    [
      'Variable "$confirmation" got invalid value 7 at "confirmation.tan"; String cannot represent a non string value: 7',
      'Variable "$confirmation" got an invalid value at "confirmation.tan"; String cannot represent a non string value.',
    ],
    [
      'Variable "$confirmation" got invalid value { tan: "a; b" } at "confirmation.deviceSignature"; Field "signature" of required type "String!" was not provided.',
      'Variable "$confirmation" got an invalid value at "confirmation.deviceSignature"; Field "signature" of required type "String!" was not provided.',
    ],
  ])('drops the value from %s', (message, expected) => {
    expect(withoutVariableValue(message)).toBe(expected);
  });

  it('leaves other messages alone', () => {
    expect(withoutVariableValue('Cannot query field "pin" on type "Query".')).toBe(
      'Cannot query field "pin" on type "Query".',
    );
  });
});
