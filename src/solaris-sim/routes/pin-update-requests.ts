import { randomBytes } from 'node:crypto';

import {
  errorsResponse,
  flatErrorResponse,
  notFoundDetail,
  validationResponse,
} from '../error-bodies.js';
import { isoSeconds, jsonResponse, parseJsonObject, type SimResponse } from '../http-io.js';
import { decryptPin } from '../pin-jwe.js';
import { pinRuleViolation } from '../pin-rules.js';
import type { RouteRequest, SimContext } from '../sim-context.js';
import type { CardRecord, ChangeRequestRecord } from '../sim-state.js';
import { stringFieldProblems } from './request-fields.js';

/** Card states in which Solaris lets a PIN be changed. */
const PIN_CHANGEABLE_STATUSES = new Set(['ACTIVE', 'INACTIVE']);

/**
 * `POST /v1/cards/{card_id}/sca_pin_update_requests`: decrypts the PIN, checks Solaris's PIN
 * rules and opens a change request that waits for strong customer authentication.
 */
export async function createPinUpdateRequest(
  sim: SimContext,
  request: RouteRequest,
): Promise<SimResponse> {
  const cardId = request.params[0] ?? '';
  const card = sim.state.cards.get(cardId);
  if (card === undefined) {
    return flatErrorResponse(404, 'model_not_found', notFoundDetail('PaymentCard', cardId));
  }
  if (!PIN_CHANGEABLE_STATUSES.has(card.status)) {
    return flatErrorResponse(403, 'unauthorized_action', 'Unauthorized action is not allowed.');
  }

  const body = parseJsonObject(request.body);
  if (body === null) return errorsResponse(400, 'invalid_model', 'body must be a JSON object');

  const problems = stringFieldProblems(body, ['encrypted_pin', 'key_id']);
  if (problems.length > 0) return validationResponse(problems);

  const pin = await readPin(sim, String(body.encrypted_pin), String(body.key_id));
  if (typeof pin !== 'string') return pin;

  const changeRequest = openChangeRequest(sim, card, pin);
  return jsonResponse(202, {
    id: changeRequest.id,
    status: changeRequest.status,
    updated_at: isoSeconds(changeRequest.updatedAt),
    url: `${sim.config.baseUrl}/v1/change_requests/${changeRequest.id}/authorize`,
  });
}

/** The decrypted PIN when it is readable and follows the rules, else the 400 to answer. */
async function readPin(
  sim: SimContext,
  encryptedPin: string,
  keyId: string,
): Promise<string | SimResponse> {
  const key = sim.keys.acceptedKey(keyId);
  if (key === null) return validationResponse([{ field: 'key_id', message: 'is not a known key' }]);

  const decryption = await decryptPin(encryptedPin, keyId, key);
  if (!decryption.ok) return validationResponse([decryption.problem]);

  const violation = pinRuleViolation(decryption.pin);
  if (violation !== null) return validationResponse([{ field: 'pin', message: violation }]);
  return decryption.pin;
}

function openChangeRequest(sim: SimContext, card: CardRecord, pin: string): ChangeRequestRecord {
  const now = new Date();
  const changeRequest: ChangeRequestRecord = {
    id: `${randomBytes(16).toString('hex')}csc`,
    cardId: card.id,
    personId: card.person_id,
    pendingPin: pin,
    status: 'AUTHORIZATION_REQUIRED',
    createdAtMs: now.getTime(),
    updatedAt: now,
    challenge: null,
  };
  sim.state.changeRequests.set(changeRequest.id, changeRequest);
  return changeRequest;
}
