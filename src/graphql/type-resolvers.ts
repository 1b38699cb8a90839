import { GraphQLError, GraphQLScalarType, Kind, print, valueFromASTUntyped } from 'graphql';

import type {
  ChangeRequestResolvers,
  PinEncryptionKeyResolvers,
} from '../generated/resolvers-types.js';
import {
  PIN_CONTENT_ENCRYPTION,
  PIN_KEY_ALGORITHM,
} from '../pin-change/encrypted-pin-preflight.js';

/**
 * Solaris publishes its PIN key with `alg: "RS256"`, a signing algorithm; a JOSE library that
 * imports it as is builds a signing key and cannot encrypt. The gateway hands it out relabelled.
 */
export const PinEncryptionKey: PinEncryptionKeyResolvers = {
  alg: () => PIN_KEY_ALGORITHM,
  use: () => 'enc',
  encryption: () => PIN_CONTENT_ENCRYPTION,
  jwk: (key) => ({
    kty: key.kty,
    kid: key.kid,
    use: 'enc',
    alg: PIN_KEY_ALGORITHM,
    n: key.n,
    e: key.e,
  }),
};

const SCA_METHODS = ['SMS', 'DEVICE_SIGNING'] as const;

export const ChangeRequest: ChangeRequestResolvers = {
  authorizationUrl: (changeRequest) => changeRequest.url,
  availableMethods: (changeRequest) =>
    changeRequest.status === 'AUTHORIZATION_REQUIRED' ? [...SCA_METHODS] : [],
};

/**
 * A plain JSON object, the only shape `JSONObject` takes. The schema uses it for output only (the
 * key in JWK form); coercion of inputs is there so the type behaves like any JSON object scalar.
 * It is written out here rather than taken from graphql-scalars, whose single entry point loads
 * all of its hundred scalars and adds about 50 ms to the gateway's start.
 */
function jsonObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GraphQLError(`JSONObject cannot represent a non-object value: ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
}

/**
 * The JSONObject scalar under the contract's own description. Apollo copies every member of a
 * scalar resolver onto the served type, description included, so the description is repeated
 * here; the served-schema contract test fails if the two drift apart.
 */
export const JSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description:
    'A JSON object, passed through as is. Used for the encryption key in JWK form, so that a JOSE\n' +
    'library can import it without any reshaping.',
  serialize: jsonObject,
  parseValue: jsonObject,
  parseLiteral: (ast, variables) => {
    if (ast.kind !== Kind.OBJECT) {
      throw new GraphQLError(`JSONObject cannot represent a non-object literal: ${print(ast)}`, {
        nodes: ast,
      });
    }
    return jsonObject(valueFromASTUntyped(ast, variables));
  },
});
