import type { JWK } from 'jose';
import { request } from 'undici';

import type { TestGateway } from './gateway.js';
import { postGraphQL } from './graphql-client.js';
import { encryptPin } from './jwe.js';
import { CHANGE_CARD_PIN, PIN_ENCRYPTION_KEY } from './operations.js';

/** Fetches the key through the gateway as `personId`; fails the test unless it is a key. */
export async function fetchKey(
  gateway: TestGateway,
  personId: string,
  cardId: string,
): Promise<{ kid: string; jwk: JWK }> {
  const response = await postGraphQL(gateway.graphqlUrl, PIN_ENCRYPTION_KEY, {
    token: await gateway.token(personId),
    variables: { cardId },
  });
  const key = response.body.data?.['pinEncryptionKey'] as Record<string, unknown>;
  if (key['__typename'] !== 'PinEncryptionKey') {
    throw new Error(`expected a key, got ${JSON.stringify(response.body)}`);
  }
  return { kid: String(key['kid']), jwk: key['jwk'] as JWK };
}

/** Opens a change request for `pin` through the gateway and returns its id. */
export async function openChangeRequest(
  gateway: TestGateway,
  personId: string,
  cardId: string,
  pin: string,
): Promise<string> {
  const key = await fetchKey(gateway, personId, cardId);
  const response = await postGraphQL(gateway.graphqlUrl, CHANGE_CARD_PIN, {
    token: await gateway.token(personId),
    variables: { cardId, encryptedPin: await encryptPin(key.jwk, pin), keyId: key.kid },
  });
  const opened = response.body.data?.['changeCardPin'] as Record<string, unknown>;
  if (opened['__typename'] !== 'ChangeRequest') {
    throw new Error(`expected a change request, got ${JSON.stringify(response.body)}`);
  }
  return String(opened['id']);
}

/** The newest SMS code the embedded Solaris sent to a person for a change request. */
export async function latestSmsCode(
  simUrl: string,
  personId: string,
  changeRequestId: string,
): Promise<string> {
  const response = await request(`${simUrl}/__sim/sms?person_id=${personId}`);
  const outbox = (await response.body.json()) as { change_request_id: string; code: string }[];
  const message = outbox.filter((sms) => sms.change_request_id === changeRequestId).at(-1);
  if (message === undefined) {
    throw new Error(`no SMS for change request ${changeRequestId}`);
  }
  return message.code;
}

/** Asks the embedded Solaris whether a card's PIN is now `pin`. */
export async function cardHasPin(simUrl: string, cardId: string, pin: string): Promise<boolean> {
  const response = await request(`${simUrl}/__sim/cards/${cardId}/verify-pin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pin }),
  });
  return ((await response.body.json()) as { matches: boolean }).matches;
}

/** Arms a fault in the embedded Solaris. */
export async function armFault(simUrl: string, fault: Record<string, unknown>): Promise<void> {
  const response = await request(`${simUrl}/__sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  if (response.statusCode !== 201) {
    throw new Error(`fault refused: ${await response.body.text()}`);
  }
  await response.body.dump();
}
