import DataLoader from 'dataloader';

import type { CallOptions, Card, PinKey, SolarisApi } from '../solaris/types.js';
import type { PinChangeLoaders } from './session.js';

/**
 * Creates the loaders of one request. They cache for that request only, so nothing loaded for
 * one caller is ever served to another.
 */
export function createPinChangeLoaders(
  solaris: SolarisApi,
  pinKeyScope: 'global' | 'card',
  callOptions: CallOptions,
): PinChangeLoaders {
  const card = new DataLoader<string, Card>(
    (cardIds) => settleEach(cardIds, (cardId) => solaris.getCard(cardId, callOptions)),
    { batch: false },
  );
  const latestKey = new DataLoader<string, PinKey>(
    (cardIds) => settleEach(cardIds, (cardId) => solaris.getLatestPinKey(cardId, callOptions)),
    {
      batch: false,
      cacheKeyFn: (cardId) => (pinKeyScope === 'global' ? 'latest' : cardId),
    },
  );
  return { card, latestKey };
}

async function settleEach<T>(
  keys: readonly string[],
  load: (key: string) => Promise<T>,
): Promise<(T | Error)[]> {
  return Promise.all(
    keys.map((key) =>
      load(key).catch((error: unknown) =>
        error instanceof Error ? error : new Error('Loading failed', { cause: error }),
      ),
    ),
  );
}
