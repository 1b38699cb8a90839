import { loadOwnedCard } from './owned-card.js';
import { checkRateLimit } from './rate-limit.js';
import type { KeyResult } from './results.js';
import type { PinChangeSession } from './session.js';
import { keyReadFailure } from './upstream-failure.js';

/** The current PIN encryption key, for a card the caller owns. */
export async function getPinEncryptionKey(
  session: PinChangeSession,
  cardId: string,
): Promise<KeyResult> {
  const limited = await checkRateLimit(session, 'query');
  if (limited !== null) {
    return limited;
  }

  const owned = await loadOwnedCard(session, cardId);
  if (owned.kind !== 'Card') {
    return owned;
  }

  try {
    return { kind: 'Key', key: await session.loaders.latestKey.load(cardId) };
  } catch (error: unknown) {
    return keyReadFailure(error);
  }
}
