import { pathSegment, type ApiCaller } from './api-call.js';
import { parseChangeRequest } from './change-request-shape.js';
import type { CallOptions, ChangeRequest, ConfirmInput } from './types.js';

/** `POST /v1/change_requests/{id}/confirm` with the SMS code or the device's signature. */
export async function confirmChangeRequest(
  call: ApiCaller,
  changeRequestId: string,
  input: ConfirmInput,
  options?: CallOptions,
): Promise<ChangeRequest> {
  const path = `/v1/change_requests/${pathSegment(changeRequestId, 'change_request_id')}/confirm`;
  const body: Record<string, string> =
    'tan' in input
      ? { person_id: input.personId, tan: input.tan }
      : { device_id: input.deviceId, signature: input.signature };

  return call(
    { endpoint: 'change_request_confirm', method: 'POST', path, body, parse: parseChangeRequest },
    options,
  );
}
