import type { FastifyReply, FastifyRequest } from 'fastify';

import { AuthenticationError } from '../auth/authentication-error.js';
import type { TokenVerifier } from '../auth/token-verifier.js';

const REALM = 'card-pin-gateway';

/**
 * A preHandler that admits only requests with a valid bearer token, before anything of GraphQL
 * runs. Refusals are HTTP 401 with `WWW-Authenticate` and a GraphQL-shaped body with the code
 * `UNAUTHENTICATED`; a failure to load the identity provider's keys is a 503.
 */
export function authenticate(verifier: TokenVerifier) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    try {
      request.caller = await verifier.verify(request.headers.authorization);
    } catch (error: unknown) {
      if (!(error instanceof AuthenticationError)) {
        throw error;
      }
      await refuse(request, reply, error);
    }
  };
}

async function refuse(
  request: FastifyRequest,
  reply: FastifyReply,
  error: AuthenticationError,
): Promise<void> {
  if (error.failure === 'keys_unavailable') {
    request.log.error({ err: error.cause ?? error }, 'token keys unavailable');
    await reply
      .code(503)
      .header('retry-after', '5')
      .send(
        graphQLErrorBody('Caller authentication is unavailable; retry later.', 'AUTH_UNAVAILABLE'),
      );
    return;
  }

  const challenge =
    error.failure === 'missing_token'
      ? `Bearer realm="${REALM}"`
      : `Bearer realm="${REALM}", error="invalid_token", error_description="${challengeDescription(error.message)}"`;
  request.log.info({ failure: error.failure }, 'request refused: unauthenticated');
  await reply
    .code(401)
    .header('www-authenticate', challenge)
    .send(graphQLErrorBody(error.message, 'UNAUTHENTICATED'));
}

/**
 * RFC 6750 allows only printable ASCII without `"` and `\` in error_description. The messages
 * quote claim names and the expected header, so quotes become apostrophes and anything else
 * outside that set is dropped; the body keeps the message as written.
 */
function challengeDescription(message: string): string {
  return message.replace(/["\\]/g, "'").replace(/[^\x20-\x7E]/g, '');
}

function graphQLErrorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}
