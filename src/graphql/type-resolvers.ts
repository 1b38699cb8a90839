import { GraphQLScalarType } from 'graphql';
import { JSONObjectResolver } from 'graphql-scalars';

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

const { serialize, parseValue, parseLiteral } = JSONObjectResolver.toConfig();

/**
 * graphql-scalars' JSONObject coercion under the contract's own description. Apollo copies every
 * member of a scalar resolver onto the served type, description and `@specifiedBy` URL included,
 * so graphql-scalars' type as is would serve its texts instead of schema/schema.graphql's. Hence
 * the description is repeated here; the served-schema contract test fails if the two drift apart.
 */
export const JSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description:
    'A JSON object, passed through as is. Used for the encryption key in JWK form, so that a JOSE\n' +
    'library can import it without any reshaping.',
  serialize,
  parseValue,
  parseLiteral,
});
