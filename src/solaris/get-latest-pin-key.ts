import { z } from 'zod';

import { pathSegment, type ApiCaller } from './api-call.js';
import type { SolarisClientConfig } from './config.js';
import type { CallOptions, PinKey } from './types.js';

const pinKeyBody = z.object({
  kid: z.string().min(1),
  kty: z.string().min(1),
  use: z.string(),
  alg: z.string(),
  n: z.string().min(1),
  e: z.string().min(1),
});

/**
 * `GET /v1/cards/pin_keys/latest`, or the older card-scoped
 * `GET /v1/cards/{card_id}/pin_keys/latest`.
 * The key comes back exactly as Solaris labels it; relabelling it for encryption is the caller's.
 */
export async function getLatestPinKey(
  call: ApiCaller,
  scope: SolarisClientConfig['pinKeyScope'],
  cardId: string,
  options?: CallOptions,
): Promise<PinKey> {
  const path =
    scope === 'global'
      ? '/v1/cards/pin_keys/latest'
      : `/v1/cards/${pathSegment(cardId, 'card_id')}/pin_keys/latest`;

  return call({ endpoint: 'pin_key_latest', method: 'GET', path, parse: parsePinKey }, options);
}

/** Reads the JWK members the gateway hands on; `null` when one is missing. */
export function parsePinKey(json: unknown): PinKey | null {
  const parsed = pinKeyBody.safeParse(json);
  return parsed.success ? parsed.data : null;
}
