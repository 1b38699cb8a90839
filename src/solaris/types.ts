/** Solaris's public RSA key for PIN encryption, as Solaris publishes it (JWK members). */
export interface PinKey {
  kid: string;
  kty: string;
  use: string;
  alg: string;
  n: string;
  e: string;
}

/** The parts of a Solaris card the gateway uses. */
export interface Card {
  id: string;
  personId: string;
  accountId: string | null;
  status: string;
  type: string;
  maskedPan: string | null;
}

/** The five states of a Solaris change request. */
export type ChangeRequestStatus =
  'ACCEPTED' | 'AUTHORIZATION_REQUIRED' | 'CONFIRMATION_REQUIRED' | 'COMPLETED' | 'FAILED';

/** A Solaris change request as each of its endpoints returns it. */
export interface ChangeRequest {
  id: string;
  status: ChangeRequestStatus;
  updatedAt: string;
  url: string | null;
  stringToSign: string | null;
}

/** The body of `POST /v1/cards/{card_id}/sca_pin_update_requests`. */
export interface PinChangeRequestInput {
  encryptedPin: string;
  keyId: string;
}

/** The body of `POST /v1/change_requests/{id}/authorize`. */
export type AuthorizeInput =
  | { deliveryMethod: 'mobile_number'; personId: string }
  | { deliveryMethod: 'device_signing'; deviceId: string };

/** The body of `POST /v1/change_requests/{id}/confirm`. */
export type ConfirmInput =
  { personId: string; tan: string } | { deviceId: string; signature: string };

/** Per-call options: the request id for log lines, and what bounds the call besides its timeout. */
export interface CallOptions {
  requestId?: string;
  /** Aborting it ends the call. */
  signal?: AbortSignal;
  /** When the operation the call serves must be over, on the `performance.now()` clock. */
  deadlineAt?: number;
}

/** Names of the upstream endpoints, bounded, used as log fields and metric labels. */
export type SolarisEndpoint =
  | 'oauth_token'
  | 'pin_key_latest'
  | 'card'
  | 'pin_update_request'
  | 'change_request_authorize'
  | 'change_request_confirm';

/** Told about every upstream call once it ends; feeds metrics and per-operation counts. */
export interface SolarisObserver {
  onCall?(call: {
    endpoint: SolarisEndpoint;
    status: number | 'error';
    durationMs: number;
    requestId?: string;
  }): void;
  onTokenFetch?(outcome: 'success' | 'failure'): void;
  onBreakerStateChange?(state: 'closed' | 'open' | 'half_open'): void;
}

/** The Solaris REST API as the use cases see it. Every failure is thrown as a `SolarisError`. */
export interface SolarisApi {
  /** `GET /v1/cards/pin_keys/latest`, or the card-scoped form when so configured. */
  getLatestPinKey(cardId: string, options?: CallOptions): Promise<PinKey>;
  /** `GET /v1/cards/{card_id}`. */
  getCard(cardId: string, options?: CallOptions): Promise<Card>;
  /** `POST /v1/cards/{card_id}/sca_pin_update_requests`; never retried except after a 401. */
  createPinChangeRequest(
    cardId: string,
    input: PinChangeRequestInput,
    options?: CallOptions,
  ): Promise<ChangeRequest>;
  /** `POST /v1/change_requests/{id}/authorize`. */
  authorizeChangeRequest(
    changeRequestId: string,
    input: AuthorizeInput,
    options?: CallOptions,
  ): Promise<ChangeRequest>;
  /** `POST /v1/change_requests/{id}/confirm`. */
  confirmChangeRequest(
    changeRequestId: string,
    input: ConfirmInput,
    options?: CallOptions,
  ): Promise<ChangeRequest>;
  /** Whether a token can be had now (for readiness). Never throws. */
  isReady(): Promise<boolean>;
  /** Closes the pools; waits for calls in flight. */
  close(): Promise<void>;
}
