import { z } from 'zod';

import type { ChangeRequest, ChangeRequestStatus } from './types.js';

const STATUSES = [
  'ACCEPTED',
  'AUTHORIZATION_REQUIRED',
  'CONFIRMATION_REQUIRED',
  'COMPLETED',
  'FAILED',
] as const satisfies readonly ChangeRequestStatus[];

const changeRequestBody = z.object({
  id: z.string().min(1),
  status: z.enum(STATUSES),
  updated_at: z.string().min(1),
  url: z.string().nullish(),
  string_to_sign: z.string().nullish(),
});

/**
 * Reads the change request that the create, authorize and confirm endpoints all answer with;
 * `null` when the body is not one (an unknown status included).
 */
export function parseChangeRequest(json: unknown): ChangeRequest | null {
  const parsed = changeRequestBody.safeParse(json);
  if (!parsed.success) return null;

  const { id, status, updated_at: updatedAt, url, string_to_sign: stringToSign } = parsed.data;
  return { id, status, updatedAt, url: url ?? null, stringToSign: stringToSign ?? null };
}
