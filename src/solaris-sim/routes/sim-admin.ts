import { timingSafeEqual } from 'node:crypto';

import { parseFault } from '../faults.js';
import { jsonResponse, parseJsonObject, type SimResponse } from '../http-io.js';
import type { RouteRequest, SimContext } from '../sim-context.js';

// The simulator's own controls under `/__sim/`: no token, never hit by faults, and refusals are
// answered `{"error": message}` since no Solaris client ever reads them.

/** The journal of API requests, oldest first. */
export function listRequests(sim: SimContext): SimResponse {
  return jsonResponse(200, sim.journal.list());
}

/** Empties the journal. */
export function clearRequests(sim: SimContext): SimResponse {
  sim.journal.clear();
  return noContent();
}

/** The SMS sent, oldest first, to `person_id` when given. */
export function listSms(sim: SimContext, request: RouteRequest): SimResponse {
  const personId = request.query.get('person_id');
  const sent = sim.state.outbox.filter((sms) => personId === null || sms.person_id === personId);
  return jsonResponse(200, sent);
}

/** Whether `{"pin"}` is the card's current PIN; lets tests see that a PIN change took effect. */
export function verifyPin(sim: SimContext, request: RouteRequest): SimResponse {
  const cardId = request.params[0] ?? '';
  const card = sim.state.cards.get(cardId);
  if (card === undefined) return adminError(404, `no card "${cardId}"`);

  const pin = parseJsonObject(request.body)?.pin;
  if (typeof pin !== 'string') return adminError(400, 'the body must be {"pin": "<digits>"}');

  return jsonResponse(200, { matches: card.pin !== undefined && samePin(pin, card.pin) });
}

/** Makes a new current PIN key; the old one keeps working for the grace time. */
export async function rotatePinKey(sim: SimContext): Promise<SimResponse> {
  const kid = await sim.keys.rotate();
  return jsonResponse(200, { kid });
}

/** Arms one fault from `{"fault": kind, ...}`. */
export function armFault(sim: SimContext, request: RouteRequest): SimResponse {
  const body = parseJsonValue(request.body);
  if (body === undefined) return adminError(400, 'the body must be JSON');

  const parsed = parseFault(body);
  if (!parsed.ok) return adminError(400, parsed.message);

  const fault = sim.faults.arm(parsed.spec, sim.tokens.lastSerial());
  return jsonResponse(201, { id: fault.id });
}

/** The armed faults, in the order they apply. */
export function listFaults(sim: SimContext): SimResponse {
  return jsonResponse(200, sim.faults.list());
}

/** Disarms every fault. */
export function clearFaults(sim: SimContext): SimResponse {
  sim.faults.clear();
  return noContent();
}

function parseJsonValue(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function samePin(given: string, actual: string): boolean {
  const givenBytes = Buffer.from(given);
  const actualBytes = Buffer.from(actual);
  return givenBytes.length === actualBytes.length && timingSafeEqual(givenBytes, actualBytes);
}

function noContent(): SimResponse {
  return { status: 204, headers: {}, body: '' };
}

/** A refusal of a `/__sim/` request. */
export function adminError(status: number, message: string): SimResponse {
  return jsonResponse(status, { error: message });
}
