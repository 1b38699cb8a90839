import { errorsResponse } from './error-bodies.js';
import type { SimResponse } from './http-io.js';
import { cardPinKey, latestPinKey } from './routes/pin-keys.js';
import { authorizeChangeRequest } from './routes/change-request-authorize.js';
import { confirmChangeRequest } from './routes/change-request-confirm.js';
import { getCard } from './routes/cards.js';
import { issueToken } from './routes/oauth-token.js';
import { createPinUpdateRequest } from './routes/pin-update-requests.js';
import {
  adminError,
  armFault,
  clearFaults,
  clearRequests,
  listFaults,
  listRequests,
  listSms,
  rotatePinKey,
  verifyPin,
} from './routes/sim-admin.js';
import type { RouteHandler, RouteRequest, SimContext } from './sim-context.js';

interface Route {
  method: string;
  pattern: RegExp;
  handler: RouteHandler;
}

const ID = '([^/]+)';

/** The Solaris API; `/pin_keys/latest` comes before the card route that would swallow it. */
const API_ROUTES: Route[] = [
  { method: 'POST', pattern: /^\/oauth2\/token$/, handler: issueToken },
  { method: 'GET', pattern: /^\/v1\/cards\/pin_keys\/latest$/, handler: latestPinKey },
  { method: 'GET', pattern: path(`/v1/cards/${ID}/pin_keys/latest`), handler: cardPinKey },
  { method: 'GET', pattern: path(`/v1/cards/${ID}`), handler: getCard },
  {
    method: 'POST',
    pattern: path(`/v1/cards/${ID}/sca_pin_update_requests`),
    handler: createPinUpdateRequest,
  },
  {
    method: 'POST',
    pattern: path(`/v1/change_requests/${ID}/authorize`),
    handler: authorizeChangeRequest,
  },
  {
    method: 'POST',
    pattern: path(`/v1/change_requests/${ID}/confirm`),
    handler: confirmChangeRequest,
  },
];

const ADMIN_ROUTES: Route[] = [
  { method: 'GET', pattern: path('/__sim/requests'), handler: listRequests },
  { method: 'DELETE', pattern: path('/__sim/requests'), handler: clearRequests },
  { method: 'GET', pattern: path('/__sim/sms'), handler: listSms },
  { method: 'POST', pattern: path(`/__sim/cards/${ID}/verify-pin`), handler: verifyPin },
  { method: 'POST', pattern: path('/__sim/pin-keys/rotate'), handler: rotatePinKey },
  { method: 'POST', pattern: path('/__sim/faults'), handler: armFault },
  { method: 'GET', pattern: path('/__sim/faults'), handler: listFaults },
  { method: 'DELETE', pattern: path('/__sim/faults'), handler: clearFaults },
];

function path(template: string): RegExp {
  return new RegExp(`^${template}$`);
}

/** Whether a path belongs to the simulator's own controls. */
export function isAdminPath(pathname: string): boolean {
  return pathname.startsWith('/__sim/');
}

/** Answers a Solaris API request; every `/v1/` route first needs a token this simulator issued. */
export async function routeApi(
  sim: SimContext,
  request: Omit<RouteRequest, 'params'>,
): Promise<SimResponse> {
  if (request.path.startsWith('/v1/')) {
    const refusal = bearerRefusal(sim, request.headers.authorization);
    if (refusal !== null) return refusal;
  }

  const found = findRoute(API_ROUTES, request);
  if (found === null) {
    return errorsResponse(404, 'not_found', `No route ${request.method} ${request.path}`);
  }
  return found.handler(sim, { ...request, params: found.params });
}

/** Answers a `/__sim/` request. */
export async function routeAdmin(
  sim: SimContext,
  request: Omit<RouteRequest, 'params'>,
): Promise<SimResponse> {
  const found = findRoute(ADMIN_ROUTES, request);
  if (found === null)
    return adminError(404, `no simulator route ${request.method} ${request.path}`);
  return found.handler(sim, { ...request, params: found.params });
}

function findRoute(
  routes: Route[],
  request: { method: string; path: string },
): { handler: RouteHandler; params: string[] } | null {
  for (const route of routes) {
    if (route.method !== request.method) continue;

    const match = route.pattern.exec(request.path);
    if (match === null) continue;

    const params = match.slice(1).map((segment) => safeDecode(segment ?? ''));
    return { handler: route.handler, params };
  }
  return null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The bearer token from an Authorization header, or null when there is none. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

function bearerRefusal(sim: SimContext, header: string | undefined): SimResponse | null {
  const token = bearerToken(header);
  if (token === null) return errorsResponse(401, 'token_required', 'Bearer Token is not provided');

  const check = sim.tokens.check(token);
  if (check === 'valid') return null;
  if (check === 'expired') return errorsResponse(401, 'invalid_token', 'Bearer Token has expired');
  return errorsResponse(401, 'invalid_token', 'Bearer Token is invalid');
}

/** The answer to a token refused by the reject-token fault. */
export function rejectedTokenResponse(): SimResponse {
  return errorsResponse(401, 'invalid_token', 'Bearer Token is invalid');
}
