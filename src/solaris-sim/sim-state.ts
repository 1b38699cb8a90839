import { createHash } from 'node:crypto';

import type { SimCard, SimDevice, SimPerson, SimSeed } from './types.js';

/** The five states of a Solaris change request. */
export type ChangeRequestStatus =
  'ACCEPTED' | 'AUTHORIZATION_REQUIRED' | 'CONFIRMATION_REQUIRED' | 'COMPLETED' | 'FAILED';

/** What the person must answer to confirm: a one-time code, or a string to sign on a device. */
export type Challenge =
  | { method: 'mobile_number' | 'static'; code: string }
  | { method: 'device_signing'; deviceId: string; stringToSign: string };

/** A PIN change waiting for strong customer authentication. */
export interface ChangeRequestRecord {
  id: string;
  cardId: string;
  personId: string;
  /** The new PIN, applied on confirmation; never logged or answered. */
  pendingPin: string;
  status: ChangeRequestStatus;
  createdAtMs: number;
  updatedAt: Date;
  challenge: Challenge | null;
}

/** One SMS the simulator "sent". */
export interface SmsRecord {
  person_id: string;
  mobile_number: string;
  change_request_id: string;
  code: string;
  sent_at: string;
}

/** A card with its PIN and the members Solaris shows that the seed leaves out. */
export interface CardRecord extends SimCard {
  account_id: string;
  reference: string;
  expiration_date: string;
  creation_date: string;
}

/** Everything the simulator remembers, in memory. */
export interface SimState {
  persons: Map<string, SimPerson>;
  /** Every device by its id, with the person it is bound to. */
  devices: Map<string, { device: SimDevice; personId: string }>;
  cards: Map<string, CardRecord>;
  changeRequests: Map<string, ChangeRequestRecord>;
  outbox: SmsRecord[];
}

/** A fresh state from a seed; the seed itself is copied, never changed. */
export function createSimState(seed: SimSeed): SimState {
  const persons = new Map(seed.persons.map((person) => [person.id, structuredClone(person)]));
  const devices = new Map<string, { device: SimDevice; personId: string }>();
  for (const person of persons.values()) {
    for (const device of person.devices ?? [])
      devices.set(device.id, { device, personId: person.id });
  }

  const cards = new Map(seed.cards.map((card) => [card.id, cardRecord(card)]));
  return { persons, devices, cards, changeRequests: new Map(), outbox: [] };
}

/**
 * Members the seed does not give are derived from the card id, so a card looks the same on every
 * start and in every test.
 */
function cardRecord(card: SimCard): CardRecord {
  const digest = createHash('sha256').update(card.id).digest();
  const hex = digest.toString('hex');
  const year = 2028 + ((digest[0] ?? 0) % 4);
  const month = 1 + ((digest[1] ?? 0) % 12);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();

  return {
    ...structuredClone(card),
    account_id: `${hex.slice(0, 32)}cacc`,
    reference: hex.slice(32, 64),
    expiration_date: `${year}-${pad(month)}-${pad(lastDay)}`,
    creation_date: `${year - 4}-${pad(month)}-01`,
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
