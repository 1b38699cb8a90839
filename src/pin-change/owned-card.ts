import type { SolarisErrorCode } from '../solaris/errors.js';
import type { Card } from '../solaris/types.js';
import type { PinChangeFailure } from './results.js';
import type { PinChangeSession } from './session.js';
import { asSolarisError, upstreamFailure } from './upstream-failure.js';

/** Card statuses in which Solaris takes a PIN change. */
const PIN_CHANGEABLE_STATUSES = new Set(['ACTIVE', 'INACTIVE']);

/** Answers to the card read after which the card counts as not the caller's. */
const CARD_ABSENT_CODES = new Set<SolarisErrorCode>([
  'SOLARIS_NOT_FOUND',
  'SOLARIS_UNAUTHORIZED_ACTION',
]);

type OwnedCardResult =
  | { kind: 'Card'; card: Card }
  | Extract<PinChangeFailure, { kind: 'CardNotFound' | 'CardNotEligible' | 'UpstreamUnavailable' }>;

/**
 * Loads a card and checks that it belongs to the caller and can take a PIN change. Someone
 * else's card answers exactly like a card that does not exist, so card ids cannot be probed.
 */
export async function loadOwnedCard(
  session: PinChangeSession,
  cardId: string,
): Promise<OwnedCardResult> {
  let card: Card;
  try {
    card = await session.loaders.card.load(cardId);
  } catch (error: unknown) {
    // A card Solaris will not show us cannot be proven the caller's: it answers as not found,
    // final rather than retryable, and without telling a forbidden id from an unknown one.
    if (CARD_ABSENT_CODES.has(asSolarisError(error).code)) {
      return { kind: 'CardNotFound', cardId };
    }
    return upstreamFailure(error);
  }

  if (card.personId !== session.caller.personId) {
    return { kind: 'CardNotFound', cardId };
  }
  if (!PIN_CHANGEABLE_STATUSES.has(card.status)) {
    return { kind: 'CardNotEligible', cardId, cardStatus: card.status };
  }
  return { kind: 'Card', card };
}
