import { assertNever } from '../assert-never.js';
import type { SolarisError } from '../solaris/errors.js';
import type { Card, PinKey } from '../solaris/types.js';
import { encryptedKeyFitsModulus, preflightEncryptedPin } from './encrypted-pin-preflight.js';
import { loadOwnedCard } from './owned-card.js';
import { pinRuleFromMessage } from './pin-rule.js';
import { checkRateLimit } from './rate-limit.js';
import type { ChangeRequestResult } from './results.js';
import type { PinChangeSession } from './session.js';
import {
  asSolarisError,
  fieldErrorsOf,
  keyReadFailure,
  upstreamFailure,
} from './upstream-failure.js';

export interface OpenPinChangeInput {
  cardId: string;
  encryptedPin: string;
  keyId: string;
}

/**
 * Opens a Solaris PIN change request. The encrypted PIN is checked (never decrypted) before any
 * upstream call, the card's ownership and the key's currency after, and then forwarded to Solaris
 * byte for byte as it arrived.
 */
export async function openPinChange(
  session: PinChangeSession,
  input: OpenPinChangeInput,
): Promise<ChangeRequestResult> {
  const limited = await checkRateLimit(session, 'mutation');
  if (limited !== null) {
    return limited;
  }

  const preflight = preflightEncryptedPin(input.encryptedPin, input.keyId);
  if (!preflight.ok) {
    return { kind: 'InvalidEncryptedPin', problem: preflight.problem, detail: preflight.detail };
  }

  const owned = await loadOwnedCard(session, input.cardId);
  if (owned.kind !== 'Card') {
    return owned;
  }

  let currentKey: PinKey;
  try {
    currentKey = await session.loaders.latestKey.load(input.cardId);
  } catch (error: unknown) {
    return keyReadFailure(error);
  }
  if (currentKey.kid !== input.keyId) {
    return { kind: 'EncryptionKeyExpired', keyId: input.keyId, currentKey };
  }
  if (!encryptedKeyFitsModulus(preflight.jwe, currentKey.n)) {
    return {
      kind: 'InvalidEncryptedPin',
      problem: 'INVALID_ENCRYPTED_KEY',
      detail: "encryptedPin has an encrypted key that is not as long as the key's modulus.",
    };
  }

  return submit(session, owned.card, input);
}

async function submit(
  session: PinChangeSession,
  card: Card,
  input: OpenPinChangeInput,
): Promise<ChangeRequestResult> {
  try {
    const changeRequest = await session.solaris.createPinChangeRequest(
      card.id,
      { encryptedPin: input.encryptedPin, keyId: input.keyId },
      session.callOptions,
    );
    return { kind: 'ChangeRequest', changeRequest };
  } catch (error: unknown) {
    return refusal(session, input, asSolarisError(error));
  }
}

/** Maps Solaris's refusal of a PIN change request onto what the app should do next. */
async function refusal(
  session: PinChangeSession,
  input: OpenPinChangeInput,
  error: SolarisError,
): Promise<ChangeRequestResult> {
  switch (error.code) {
    case 'SOLARIS_VALIDATION':
      return validationRefusal(session, input, error);
    case 'SOLARIS_NOT_FOUND':
      return { kind: 'CardNotFound', cardId: input.cardId };
    case 'SOLARIS_UNAUTHORIZED_ACTION':
      return { kind: 'UnauthorizedAction', deviceId: null };
    case 'SOLARIS_INVALID_TAN':
    case 'SOLARIS_UNPROCESSABLE':
      return { kind: 'Validation', fieldErrors: fieldErrorsOf(error) };
    case 'SOLARIS_RATE_LIMITED':
    case 'SOLARIS_UNAVAILABLE':
      return upstreamFailure(error);
    default:
      return assertNever(error.code);
  }
}

async function validationRefusal(
  session: PinChangeSession,
  input: OpenPinChangeInput,
  error: SolarisError,
): Promise<ChangeRequestResult> {
  const fields = new Set(error.fieldErrors.map((fieldError) => fieldError.field));
  if (fields.has('pin')) {
    const message = error.fieldErrors.find((fieldError) => fieldError.field === 'pin')?.message;
    return { kind: 'PinPolicyViolation', rule: pinRuleFromMessage(message ?? error.detail ?? '') };
  }
  if (fields.has('key_id')) {
    // The key rotated between our check and Solaris's: hand out the new one.
    session.loaders.latestKey.clearAll();
    try {
      const currentKey = await session.loaders.latestKey.load(input.cardId);
      return { kind: 'EncryptionKeyExpired', keyId: input.keyId, currentKey };
    } catch (keyError: unknown) {
      return keyReadFailure(keyError);
    }
  }
  if (fields.has('encrypted_pin')) {
    return {
      kind: 'InvalidEncryptedPin',
      problem: 'UNDECRYPTABLE',
      detail: 'Solaris could not decrypt encryptedPin with the key it names.',
    };
  }
  return { kind: 'Validation', fieldErrors: fieldErrorsOf(error) };
}
