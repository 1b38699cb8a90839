import { CompactEncrypt, importJWK } from 'jose';
import { request } from 'undici';

import type { SolarisChangeRequest, SolarisPinKey } from './operations.js';

/** One answer of the embedded Solaris, as the replay upstream sends it again. */
export interface RecordedAnswer {
  status: number;
  contentType: string;
  body: string;
}

/**
 * Real answers of the embedded Solaris for one cardholder's card, and the request inputs that
 * produced them; the replay upstream serves them to every request.
 */
export interface Recording {
  clientId: string;
  clientSecret: string;
  personId: string;
  cardId: string;
  keyId: string;
  /** A JWE of a valid PIN for the recorded key, sent unchanged by every `changeCardPin`. */
  encryptedPin: string;
  token: RecordedAnswer;
  card: RecordedAnswer;
  pinKey: RecordedAnswer;
  pinChange: RecordedAnswer;
}

export interface RecordingInputs {
  solarisUrl: string;
  clientId: string;
  clientSecret: string;
  personId: string;
  cardId: string;
  /** Four digits that pass Solaris's PIN rules. */
  pin: string;
}

/** Asks the embedded Solaris once per route and keeps its answers. */
export async function recordSolaris(inputs: RecordingInputs): Promise<Recording> {
  const { solarisUrl } = inputs;
  const credentials = Buffer.from(`${inputs.clientId}:${inputs.clientSecret}`).toString('base64');
  const token = await exchange(`${solarisUrl}/oauth2/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${credentials}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials&scope=partners',
  });
  const accessToken = (JSON.parse(token.body) as { access_token: string }).access_token;
  const bearer = { authorization: `Bearer ${accessToken}`, accept: 'application/json' };

  const card = await exchange(`${solarisUrl}/v1/cards/${inputs.cardId}`, { headers: bearer });
  const pinKey = await exchange(`${solarisUrl}/v1/cards/pin_keys/latest`, { headers: bearer });
  const key = JSON.parse(pinKey.body) as SolarisPinKey;
  const encryptedPin = await encryptPin(key, inputs.pin);

  const pinChange = await exchange(
    `${solarisUrl}/v1/cards/${inputs.cardId}/sca_pin_update_requests`,
    {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ encrypted_pin: encryptedPin, key_id: key.kid }),
    },
  );
  requireChangeRequest(pinChange);

  return {
    clientId: inputs.clientId,
    clientSecret: inputs.clientSecret,
    personId: inputs.personId,
    cardId: inputs.cardId,
    keyId: key.kid,
    encryptedPin,
    token,
    card,
    pinKey,
    pinChange,
  };
}

/** Encrypts `{"pin": ...}` as an app does: RSA-OAEP-256, A256CBC-HS512, the key's kid. */
export async function encryptPin(key: SolarisPinKey, pin: string): Promise<string> {
  const publicKey = await importJWK({ kty: key.kty, n: key.n, e: key.e }, 'RSA-OAEP-256');
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify({ pin })))
    .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256CBC-HS512', kid: key.kid })
    .encrypt(publicKey);
}

async function exchange(
  url: string,
  options: { method?: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
): Promise<RecordedAnswer> {
  const response = await request(url, {
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body ?? null,
  });
  const body = await response.body.text();
  if (response.statusCode < 200 || response.statusCode > 299) {
    throw new Error(`Recording ${new URL(url).pathname} failed: HTTP ${response.statusCode}`);
  }

  const contentType = response.headers['content-type'];
  return {
    status: response.statusCode,
    contentType: typeof contentType === 'string' ? contentType : 'application/json',
    body,
  };
}

function requireChangeRequest(answer: RecordedAnswer): void {
  const changeRequest = JSON.parse(answer.body) as Partial<SolarisChangeRequest>;
  if (changeRequest.status !== 'AUTHORIZATION_REQUIRED') {
    throw new Error(`The recorded PIN change is ${String(changeRequest.status)}, not open`);
  }
}
