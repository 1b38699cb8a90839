import { cardView } from '../card-view.js';
import { errorsResponse, notFoundDetail } from '../error-bodies.js';
import { jsonResponse, type SimResponse } from '../http-io.js';
import type { RouteRequest, SimContext } from '../sim-context.js';

/**
 * `GET /v1/cards/{card_id}`. The partner API does not know end users: it answers any card, and
 * the caller checks that the card belongs to its customer.
 */
export function getCard(sim: SimContext, request: RouteRequest): SimResponse {
  const cardId = request.params[0] ?? '';
  const card = sim.state.cards.get(cardId);
  if (card === undefined) {
    return errorsResponse(404, 'model_not_found', notFoundDetail('PaymentCard', cardId));
  }

  return jsonResponse(200, cardView(card));
}
