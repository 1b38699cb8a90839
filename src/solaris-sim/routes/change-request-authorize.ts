import { randomBytes, randomInt } from 'node:crypto';

import { errorsResponse, validationResponse } from '../error-bodies.js';
import {
  isoMillis,
  isSimResponse,
  jsonResponse,
  parseJsonObject,
  type SimResponse,
} from '../http-io.js';
import type { RouteRequest, SimContext } from '../sim-context.js';
import type { Challenge, ChangeRequestRecord } from '../sim-state.js';
import {
  changeRequestView,
  loadOpenChangeRequest,
  moveTo,
  unauthorizedAction,
} from './change-request-state.js';
import { stringFieldProblems } from './request-fields.js';

const DELIVERY_METHODS = ['mobile_number', 'device_signing', 'static'] as const;
type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** The sandbox's `static` delivery method always accepts this code. */
export const STATIC_TAN = '212212';

/**
 * `POST /v1/change_requests/{id}/authorize`: sends an SMS code, hands out a string for the bound
 * device to sign, or (sandbox) arms the static code. Authorizing again replaces the challenge.
 */
export function authorizeChangeRequest(sim: SimContext, request: RouteRequest): SimResponse {
  const loaded = loadOpenChangeRequest(sim, request.params[0] ?? '');
  if (!loaded.ok) return loaded.response;

  const body = parseJsonObject(request.body);
  if (body === null) return errorsResponse(400, 'invalid_model', 'body must be a JSON object');

  const method = body.delivery_method;
  if (!isDeliveryMethod(method)) {
    const message = `must be one of ${DELIVERY_METHODS.join(', ')}`;
    return validationResponse([{ field: 'delivery_method', message }]);
  }

  const challenge = challengeFor(sim, loaded.changeRequest, method, body);
  if (isSimResponse(challenge)) return challenge;

  loaded.changeRequest.challenge = challenge;
  moveTo(loaded.changeRequest, 'CONFIRMATION_REQUIRED');

  const view = changeRequestView(loaded.changeRequest);
  if (challenge.method !== 'device_signing') return jsonResponse(200, view);
  return jsonResponse(200, { ...view, string_to_sign: challenge.stringToSign });
}

function isDeliveryMethod(value: unknown): value is DeliveryMethod {
  return typeof value === 'string' && (DELIVERY_METHODS as readonly string[]).includes(value);
}

function challengeFor(
  sim: SimContext,
  changeRequest: ChangeRequestRecord,
  method: DeliveryMethod,
  body: Record<string, unknown>,
): Challenge | SimResponse {
  switch (method) {
    case 'mobile_number':
      return smsChallenge(sim, changeRequest, body);
    case 'static':
      return staticChallenge(changeRequest, body);
    case 'device_signing':
      return deviceChallenge(sim, changeRequest, body);
    default: {
      const unhandled: never = method;
      throw new TypeError(`unhandled delivery method ${String(unhandled)}`);
    }
  }
}

function smsChallenge(
  sim: SimContext,
  changeRequest: ChangeRequestRecord,
  body: Record<string, unknown>,
): Challenge | SimResponse {
  const refusal = ownerRefusal(changeRequest, body);
  if (refusal !== null) return refusal;

  const person = sim.state.persons.get(changeRequest.personId);
  const mobileNumber = person?.mobile_number ?? null;
  if (mobileNumber === null) {
    const message = 'person has no verified mobile number';
    return validationResponse([{ field: 'mobile_number', message, detail: message }]);
  }

  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  sim.state.outbox.push({
    person_id: changeRequest.personId,
    mobile_number: mobileNumber,
    change_request_id: changeRequest.id,
    code,
    sent_at: isoMillis(new Date()),
  });
  return { method: 'mobile_number', code };
}

function staticChallenge(
  changeRequest: ChangeRequestRecord,
  body: Record<string, unknown>,
): Challenge | SimResponse {
  const refusal = ownerRefusal(changeRequest, body);
  if (refusal !== null) return refusal;

  return { method: 'static', code: STATIC_TAN };
}

function deviceChallenge(
  sim: SimContext,
  changeRequest: ChangeRequestRecord,
  body: Record<string, unknown>,
): Challenge | SimResponse {
  const problems = stringFieldProblems(body, ['device_id']);
  if (problems.length > 0) return validationResponse(problems);

  const deviceId = String(body.device_id);
  const binding = sim.state.devices.get(deviceId);
  if (binding === undefined || binding.personId !== changeRequest.personId) {
    return unauthorizedAction();
  }

  return { method: 'device_signing', deviceId, stringToSign: randomBytes(32).toString('hex') };
}

/** The answer when `person_id` is missing or is not the card's owner, else null. */
function ownerRefusal(
  changeRequest: ChangeRequestRecord,
  body: Record<string, unknown>,
): SimResponse | null {
  const problems = stringFieldProblems(body, ['person_id']);
  if (problems.length > 0) return validationResponse(problems);

  return body.person_id === changeRequest.personId ? null : unauthorizedAction();
}
