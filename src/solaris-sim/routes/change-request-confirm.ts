import { timingSafeEqual } from 'node:crypto';

import { verifyDeviceSignature } from '../device-signature.js';
import { errorsResponse, validationResponse } from '../error-bodies.js';
import { isSimResponse, jsonResponse, parseJsonObject, type SimResponse } from '../http-io.js';
import type { RouteRequest, SimContext } from '../sim-context.js';
import type { Challenge, ChangeRequestRecord } from '../sim-state.js';
import {
  changeRequestView,
  loadOpenChangeRequest,
  moveTo,
  unauthorizedAction,
} from './change-request-state.js';
import { stringFieldProblems } from './request-fields.js';

/** The two ways to confirm: a one-time code, or a device's signature of the string to sign. */
type Confirmation =
  | { kind: 'tan'; personId: string; tan: string }
  | { kind: 'signature'; deviceId: string; signature: string };

/**
 * `POST /v1/change_requests/{id}/confirm`: checks the code or the signature; a right answer
 * changes the card's PIN, a wrong one ends the change request.
 */
export function confirmChangeRequest(sim: SimContext, request: RouteRequest): SimResponse {
  const loaded = loadOpenChangeRequest(sim, request.params[0] ?? '');
  if (!loaded.ok) return loaded.response;
  const changeRequest = loaded.changeRequest;

  const body = parseJsonObject(request.body);
  if (body === null) return errorsResponse(400, 'invalid_model', 'body must be a JSON object');

  const confirmation = readConfirmation(body);
  if (isSimResponse(confirmation)) return confirmation;

  // The owner first: someone else learns nothing about the change request's state.
  if (!isOwnersConfirmation(sim, changeRequest, confirmation)) return unauthorizedAction();
  if (changeRequest.status !== 'CONFIRMATION_REQUIRED') {
    const message = 'change request is not awaiting confirmation';
    return validationResponse([{ field: 'id', message, detail: message }]);
  }

  if (!answersChallenge(sim, changeRequest.challenge, confirmation)) {
    moveTo(changeRequest, 'FAILED');
    const what = confirmation.kind === 'tan' ? 'TAN' : 'signature';
    return errorsResponse(403, 'invalid_tan', `The ${what} is invalid.`);
  }

  complete(sim, changeRequest);
  return jsonResponse(200, {
    ...changeRequestView(changeRequest),
    response_body: {},
    response_code: 202,
  });
}

/** A body with `device_id` or `signature` is a device confirmation; any other a code one. */
function readConfirmation(body: Record<string, unknown>): Confirmation | SimResponse {
  const byDevice = body.device_id !== undefined || body.signature !== undefined;
  const fields = byDevice ? ['device_id', 'signature'] : ['person_id', 'tan'];
  const problems = stringFieldProblems(body, fields);
  if (problems.length > 0) return validationResponse(problems);

  if (byDevice) {
    return {
      kind: 'signature',
      deviceId: String(body.device_id),
      signature: String(body.signature),
    };
  }
  return { kind: 'tan', personId: String(body.person_id), tan: String(body.tan) };
}

function isOwnersConfirmation(
  sim: SimContext,
  changeRequest: ChangeRequestRecord,
  confirmation: Confirmation,
): boolean {
  if (confirmation.kind === 'tan') return confirmation.personId === changeRequest.personId;

  return sim.state.devices.get(confirmation.deviceId)?.personId === changeRequest.personId;
}

/** A confirmation of the other kind than the challenge, or for another device, is a wrong one. */
function answersChallenge(
  sim: SimContext,
  challenge: Challenge | null,
  confirmation: Confirmation,
): boolean {
  if (challenge === null) return false;

  if (challenge.method === 'device_signing') {
    if (confirmation.kind !== 'signature' || confirmation.deviceId !== challenge.deviceId) {
      return false;
    }
    const key = sim.state.devices.get(challenge.deviceId)?.device.key ?? '';
    return verifyDeviceSignature(key, challenge.stringToSign, confirmation.signature);
  }

  return confirmation.kind === 'tan' && sameCode(confirmation.tan, challenge.code);
}

function sameCode(given: string, expected: string): boolean {
  const givenBytes = Buffer.from(given, 'utf8');
  const expectedBytes = Buffer.from(expected, 'utf8');
  return givenBytes.length === expectedBytes.length && timingSafeEqual(givenBytes, expectedBytes);
}

function complete(sim: SimContext, changeRequest: ChangeRequestRecord): void {
  const card = sim.state.cards.get(changeRequest.cardId);
  if (card !== undefined) card.pin = changeRequest.pendingPin;

  moveTo(changeRequest, 'COMPLETED');
}
