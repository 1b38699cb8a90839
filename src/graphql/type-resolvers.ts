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

export const JSONObject = JSONObjectResolver;
