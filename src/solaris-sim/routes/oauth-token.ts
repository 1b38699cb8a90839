import { createHash, timingSafeEqual } from 'node:crypto';

import { errorsResponse } from '../error-bodies.js';
import { jsonResponse, type SimResponse } from '../http-io.js';
import type { RouteRequest, SimContext } from '../sim-context.js';

/** `POST /oauth2/token`: the client credentials grant with HTTP Basic client authentication. */
export function issueToken(sim: SimContext, request: RouteRequest): SimResponse {
  const credentials = basicCredentials(request.headers.authorization);
  if (credentials === null || !sameClient(sim, credentials)) {
    return errorsResponse(401, 'invalid_client', 'Client authentication failed.');
  }

  const form = new URLSearchParams(request.body);
  const grantType = form.get('grant_type');
  if (grantType !== 'client_credentials') {
    return errorsResponse(
      400,
      'unsupported_grant_type',
      `grant_type must be "client_credentials", got ${JSON.stringify(grantType)}`,
    );
  }

  const scope = form.get('scope') ?? 'partners';
  if (scope !== 'partners') {
    return errorsResponse(400, 'invalid_scope', `scope must be "partners", got "${scope}"`);
  }

  const { accessToken, expiresIn } = sim.tokens.issue();
  return jsonResponse(200, {
    access_token: accessToken,
    token_type: 'bearer',
    expires_in: expiresIn,
    scope: 'partners',
  });
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (match?.[1] === undefined) return null;

  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

function sameClient(sim: SimContext, credentials: { id: string; secret: string }): boolean {
  const idMatches = sameSecret(credentials.id, sim.config.clientId);
  const secretMatches = sameSecret(credentials.secret, sim.config.clientSecret);
  return idMatches && secretMatches;
}

/** Compares digests so that neither the length nor the content leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
