import { errorsResponse, notFoundDetail } from '../error-bodies.js';
import { isoMillis, type SimResponse } from '../http-io.js';
import type { SimContext } from '../sim-context.js';
import type { ChangeRequestRecord, ChangeRequestStatus } from '../sim-state.js';

/** A change request that can still be authorized or confirmed, or the answer that says why not. */
export type OpenChangeRequest =
  { ok: true; changeRequest: ChangeRequestRecord } | { ok: false; response: SimResponse };

/**
 * Looks up a change request that has neither ended nor outlived its lifetime. One that has just
 * outlived it becomes FAILED, as on Solaris.
 */
export function loadOpenChangeRequest(sim: SimContext, id: string): OpenChangeRequest {
  const changeRequest = sim.state.changeRequests.get(id);
  if (changeRequest === undefined) {
    const detail = notFoundDetail('ChangeRequest', id);
    return { ok: false, response: errorsResponse(404, 'model_not_found', detail) };
  }

  if (changeRequest.status === 'COMPLETED' || changeRequest.status === 'FAILED') {
    const detail = `change request has already ended with status ${changeRequest.status}`;
    return { ok: false, response: errorsResponse(422, 'unprocessable_entity', detail) };
  }

  if (changeRequest.createdAtMs + sim.config.changeRequestTtlMs <= Date.now()) {
    moveTo(changeRequest, 'FAILED');
    const detail = 'change request has expired';
    return { ok: false, response: errorsResponse(422, 'unprocessable_entity', detail) };
  }

  return { ok: true, changeRequest };
}

/** Sets the status and the update time; an ended change request forgets its PIN and challenge. */
export function moveTo(changeRequest: ChangeRequestRecord, status: ChangeRequestStatus): void {
  changeRequest.status = status;
  changeRequest.updatedAt = new Date();
  if (status !== 'COMPLETED' && status !== 'FAILED') return;

  changeRequest.pendingPin = '';
  changeRequest.challenge = null;
}

/** The members every change request answer carries. */
export function changeRequestView(changeRequest: ChangeRequestRecord) {
  return {
    id: changeRequest.id,
    status: changeRequest.status,
    updated_at: isoMillis(changeRequest.updatedAt),
  };
}

/** Solaris's answer to acting on someone else's change request or device. */
export function unauthorizedAction(): SimResponse {
  return errorsResponse(403, 'unauthorized_action', 'Unauthorized action is not allowed.');
}
