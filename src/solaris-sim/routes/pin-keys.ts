import { errorsResponse, notFoundDetail } from '../error-bodies.js';
import { jsonResponse, type SimResponse } from '../http-io.js';
import type { RouteRequest, SimContext } from '../sim-context.js';

/** `GET /v1/cards/pin_keys/latest`: the current PIN key, labelled `RS256` as Solaris does. */
export function latestPinKey(sim: SimContext): SimResponse {
  return jsonResponse(200, sim.keys.published());
}

/** `GET /v1/cards/{card_id}/pin_keys/latest`: the older card-scoped form of the same key. */
export function cardPinKey(sim: SimContext, request: RouteRequest): SimResponse {
  const cardId = request.params[0] ?? '';
  if (!sim.state.cards.has(cardId)) {
    return errorsResponse(404, 'model_not_found', notFoundDetail('PaymentCard', cardId));
  }

  return latestPinKey(sim);
}
