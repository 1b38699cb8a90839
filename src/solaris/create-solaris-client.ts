import { createApiCaller } from './api-call.js';
import { authorizeChangeRequest } from './authorize-change-request.js';
import type { SolarisClientConfig, SolarisClientDeps } from './config.js';
import { confirmChangeRequest } from './confirm-change-request.js';
import { createPinChangeRequest } from './create-pin-change-request.js';
import { createDeadline } from './deadline.js';
import { getCard } from './get-card.js';
import { getLatestPinKey } from './get-latest-pin-key.js';
import { createResilience } from './resilience.js';
import { createTokenProvider, type TokenProvider } from './token-provider.js';
import { createTransport, upstreamBase } from './transport.js';
import type { SolarisApi } from './types.js';

/**
 * Creates the Solaris REST client: pooled keep-alive connections, a cached OAuth token, one
 * circuit breaker for the API origin, and every failure mapped once into a `SolarisError`.
 */
export function createSolarisClient(
  config: SolarisClientConfig,
  deps: SolarisClientDeps,
): SolarisApi {
  const api = upstreamBase(config.apiUrl);
  const auth = upstreamBase(config.authUrl);
  const { logger } = deps;
  const observer = deps.observer ?? {};
  const transport = createTransport(config, [api.origin, auth.origin], deps.dispatcher);
  const now = deps.now ?? Date.now;

  const tokens = createTokenProvider({ config, auth, transport, logger, observer, now });
  const resilience = createResilience(config, logger, observer);
  const call = createApiCaller({ config, api, transport, tokens, resilience, logger, observer });

  return {
    getLatestPinKey: (cardId, options) =>
      getLatestPinKey(call, config.pinKeyScope, cardId, options),
    getCard: (cardId, options) => getCard(call, cardId, options),
    createPinChangeRequest: (cardId, input, options) =>
      createPinChangeRequest(call, cardId, input, options),
    authorizeChangeRequest: (id, input, options) =>
      authorizeChangeRequest(call, id, input, options),
    confirmChangeRequest: (id, input, options) => confirmChangeRequest(call, id, input, options),
    isReady: () => tokenAvailable(tokens, config),
    close: () => transport.close(),
  };
}

/** Readiness: a token is cached or can be fetched now. A failed fetch has logged its own line. */
async function tokenAvailable(
  tokens: TokenProvider,
  config: SolarisClientConfig,
): Promise<boolean> {
  try {
    await tokens.getToken(createDeadline(config.callTimeoutMs));
    return true;
  } catch {
    return false;
  }
}
