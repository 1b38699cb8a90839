import { pathSegment, type ApiCaller } from './api-call.js';
import { parseChangeRequest } from './change-request-shape.js';
import type { AuthorizeInput, CallOptions, ChangeRequest } from './types.js';

/**
 * `POST /v1/change_requests/{id}/authorize`: Solaris sends the SMS code, or answers with the
 * `string_to_sign` for the bound device.
 */
export async function authorizeChangeRequest(
  call: ApiCaller,
  changeRequestId: string,
  input: AuthorizeInput,
  options?: CallOptions,
): Promise<ChangeRequest> {
  const path = `/v1/change_requests/${pathSegment(changeRequestId, 'change_request_id')}/authorize`;

  return call(
    {
      endpoint: 'change_request_authorize',
      method: 'POST',
      path,
      body: authorizeBody(input),
      parse: parseChangeRequest,
    },
    options,
  );
}

function authorizeBody(input: AuthorizeInput): Record<string, string> {
  switch (input.deliveryMethod) {
    case 'mobile_number':
      return { delivery_method: 'mobile_number', person_id: input.personId };
    case 'device_signing':
      return { delivery_method: 'device_signing', device_id: input.deviceId };
    default: {
      const unexpected: never = input;
      const method = (unexpected as { deliveryMethod: unknown }).deliveryMethod;
      throw new TypeError(`Unknown delivery method "${String(method)}"`);
    }
  }
}
