import { randomUUID } from 'node:crypto';

import { jsonResponse, type SimResponse } from './http-io.js';

/** The Solaris error codes the simulator answers with. */
export type SimErrorCode =
  | 'invalid_model'
  | 'validation_error'
  | 'invalid_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'token_required'
  | 'invalid_token'
  | 'unauthorized_action'
  | 'invalid_tan'
  | 'model_not_found'
  | 'not_found'
  | 'payload_too_large'
  | 'unprocessable_entity'
  | 'generic_error';

const TITLES: Record<SimErrorCode, string> = {
  invalid_model: 'Invalid Model',
  validation_error: 'Validation Error',
  invalid_client: 'Invalid Client',
  unsupported_grant_type: 'Unsupported Grant Type',
  invalid_scope: 'Invalid Scope',
  token_required: 'Token Required',
  invalid_token: 'Invalid Token',
  unauthorized_action: 'Unauthorized Action',
  invalid_tan: 'Invalid TAN',
  model_not_found: 'Model Not Found',
  not_found: 'Not Found',
  payload_too_large: 'Payload Too Large',
  unprocessable_entity: 'Unprocessable Entity',
  generic_error: 'Generic Error',
};

/** One invalid request field, as `source` of a `validation_error`. */
export interface FieldProblem {
  field: string;
  message: string;
  /** Default: the field, a space, the message. */
  detail?: string;
}

/**
 * Solaris's reference types `status` as an integer in 400 bodies and shows it as a string in
 * every other example; clients must cope with both, so the simulator sends both.
 */
function statusValue(status: number): number | string {
  return status === 400 ? status : String(status);
}

function errorObject(status: number, code: SimErrorCode, detail: string) {
  return { id: randomUUID(), status: statusValue(status), code, title: TITLES[code], detail };
}

/** The general error shape: `{"errors": [{id, status, code, title, detail}]}`. */
export function errorsResponse(status: number, code: SimErrorCode, detail: string): SimResponse {
  return jsonResponse(status, { errors: [errorObject(status, code, detail)] });
}

/** The flat error object the PIN endpoint's reference documents for its 403, 404 and 500. */
export function flatErrorResponse(status: number, code: SimErrorCode, detail: string): SimResponse {
  return jsonResponse(status, errorObject(status, code, detail));
}

/** A 400 `validation_error` with one entry per field. */
export function validationResponse(problems: FieldProblem[]): SimResponse {
  const errors = problems.map((problem) => ({
    ...errorObject(
      400,
      'validation_error',
      problem.detail ?? `${problem.field} ${problem.message}`,
    ),
    source: { field: problem.field, message: problem.message },
  }));
  return jsonResponse(400, { errors });
}

/** Solaris's wording for an unknown id. */
export function notFoundDetail(model: string, id: string): string {
  return `Couldn't find 'Solaris::${model}' for id '${id}'.`;
}
