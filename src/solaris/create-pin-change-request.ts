import { pathSegment, type ApiCaller } from './api-call.js';
import { parseChangeRequest } from './change-request-shape.js';
import type { CallOptions, ChangeRequest, PinChangeRequestInput } from './types.js';

/**
 * `POST /v1/cards/{card_id}/sca_pin_update_requests`: opens the change request (HTTP 200 or 202).
 * Never retried on a lost connection: Solaris has no idempotency key, and a second request would
 * open a second change request.
 */
export async function createPinChangeRequest(
  call: ApiCaller,
  cardId: string,
  input: PinChangeRequestInput,
  options?: CallOptions,
): Promise<ChangeRequest> {
  const path = `/v1/cards/${pathSegment(cardId, 'card_id')}/sca_pin_update_requests`;
  const body = { encrypted_pin: input.encryptedPin, key_id: input.keyId };

  return call(
    { endpoint: 'pin_update_request', method: 'POST', path, body, parse: parseChangeRequest },
    options,
  );
}
