import { describe, expect, it } from '@jest/globals';
import { GraphQLError, parseValue as parseLiteralText } from 'graphql';

import { JSONObject } from '../../src/graphql/type-resolvers.js';

describe('the JSONObject scalar', () => {
  const jwk = { kty: 'RSA', kid: 'key-1', use: 'enc', n: 'abc', e: 'AQAB' };

  it('passes a plain object through, as output and as input', () => {
    expect(JSONObject.serialize(jwk)).toBe(jwk);
    expect(JSONObject.parseValue(jwk)).toBe(jwk);
  });

  it('refuses every value that is not a plain object', () => {
    for (const [value, described] of [
      ['RSA', 'string'],
      [42, 'number'],
      [null, 'null'],
      [[jwk], 'an array'],
    ] as const) {
      expect(() => JSONObject.serialize(value)).toThrow(
        new GraphQLError(`JSONObject cannot represent a non-object value: ${described}`),
      );
    }
  });

  it('reads an object literal, variables included, and refuses any other literal', () => {
    expect(
      JSONObject.parseLiteral(parseLiteralText('{ kty: "RSA", kid: $kid, size: 2048 }'), {
        kid: 'key-1',
      }),
    ).toEqual({ kty: 'RSA', kid: 'key-1', size: 2048 });
    expect(() => JSONObject.parseLiteral(parseLiteralText('["RSA"]'), {})).toThrow(
      new GraphQLError('JSONObject cannot represent a non-object literal: ["RSA"]'),
    );
  });
});
