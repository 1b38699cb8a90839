import type { Resolvers } from '../generated/resolvers-types.js';
import { authorizePinChange } from './resolvers/authorize-pin-change.js';
import { changeCardPin } from './resolvers/change-card-pin.js';
import { confirmPinChange } from './resolvers/confirm-pin-change.js';
import { pinEncryptionKey } from './resolvers/pin-encryption-key.js';
import { ChangeRequest, JSONObject, PinEncryptionKey } from './type-resolvers.js';

/** The whole resolver map. Unions and the error interface resolve by `__typename`. */
export const resolvers: Resolvers = {
  Query: { pinEncryptionKey },
  Mutation: { changeCardPin, authorizePinChange, confirmPinChange },
  PinEncryptionKey,
  ChangeRequest,
  JSONObject,
};
