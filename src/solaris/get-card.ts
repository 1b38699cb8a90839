import { z } from 'zod';

import { pathSegment, type ApiCaller } from './api-call.js';
import type { CallOptions, Card } from './types.js';

const cardBody = z.object({
  id: z.string().min(1),
  person_id: z.string().min(1),
  account_id: z.string().nullish(),
  status: z.string().min(1),
  type: z.string().min(1),
  representation: z.object({ masked_pan: z.string().nullish() }).nullish(),
});

/** `GET /v1/cards/{card_id}`. */
export async function getCard(
  call: ApiCaller,
  cardId: string,
  options?: CallOptions,
): Promise<Card> {
  const path = `/v1/cards/${pathSegment(cardId, 'card_id')}`;

  return call({ endpoint: 'card', method: 'GET', path, parse: parseCard }, options);
}

/** Reads the card members the gateway uses; `null` when the body is not a card. */
export function parseCard(json: unknown): Card | null {
  const parsed = cardBody.safeParse(json);
  if (!parsed.success) return null;

  const card = parsed.data;
  return {
    id: card.id,
    personId: card.person_id,
    accountId: card.account_id ?? null,
    status: card.status,
    type: card.type,
    maskedPan: card.representation?.masked_pan ?? null,
  };
}
