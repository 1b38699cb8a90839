import type { CardRecord } from './sim-state.js';

/** A card as `GET /v1/cards/{card_id}` answers it. */
export function cardView(card: CardRecord) {
  const [year, month] = card.expiration_date.split('-');

  return {
    id: card.id,
    person_id: card.person_id,
    account_id: card.account_id,
    status: card.status,
    type: card.type,
    business_id: null,
    expiration_date: card.expiration_date,
    creation_date: card.creation_date,
    new_card_ordered: false,
    reference: card.reference,
    representation: {
      line_1: 'SIM CARDHOLDER',
      masked_pan: card.masked_pan,
      formatted_expiration_date: `${month ?? '01'}/${(year ?? '2030').slice(2)}`,
    },
  };
}
