import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

import type { ConnectionControl } from './connection-control.js';
import { errorsResponse } from './error-bodies.js';
import type { ArmedFault } from './faults.js';
import { BodyTooLargeError, readBody, type SimResponse } from './http-io.js';
import { bearerToken, isAdminPath, rejectedTokenResponse, routeAdmin, routeApi } from './router.js';
import type { RouteRequest, SimContext } from './sim-context.js';

/** A request before routing, with its query string as it arrived (for the journal). */
type ReceivedRequest = Omit<RouteRequest, 'params'> & { rawQuery: string };

/** The HTTP entry point: reads the request, journals it, applies a fault or routes it. */
export function createRequestListener(
  sim: SimContext,
  control: ConnectionControl,
): RequestListener {
  return (req, res) => {
    handle(sim, control, req, res).catch(() => {
      // Nothing is left to answer with once writing failed; the client sees the connection end.
      req.socket.destroy();
    });
  };
}

async function handle(
  sim: SimContext,
  control: ConnectionControl,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  control.requestArrived(req.socket);

  const request = await receive(req);
  if (request === null) {
    write(res, errorsResponse(413, 'payload_too_large', 'The request body is too large.'));
    return;
  }

  if (isAdminPath(request.path)) {
    write(res, await answer(() => routeAdmin(sim, request)));
    return;
  }

  const entry = sim.journal.record({
    method: request.method,
    path: request.path,
    query: request.rawQuery,
    headers: request.headers,
    body: request.body,
  });
  const fault = takeFault(sim, request);
  entry.fault = fault?.fault ?? null;

  await serve(sim, control, request, fault, req, res);
}

async function receive(req: IncomingMessage): Promise<ReceivedRequest | null> {
  const url = new URL(req.url ?? '/', 'http://solaris-sim.invalid');

  let body: string;
  try {
    body = await readBody(req);
  } catch (error: unknown) {
    if (error instanceof BodyTooLargeError) return null;
    throw error;
  }

  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    rawQuery: url.search.slice(1),
    headers: req.headers,
    body,
  };
}

/** `reject-token` only applies to requests that carry a token issued before it was armed. */
function takeFault(sim: SimContext, request: ReceivedRequest): ArmedFault | null {
  return sim.faults.take(request.method, request.path, (fault) => {
    if (fault.fault !== 'reject-token') return true;

    const token = bearerToken(request.headers.authorization);
    return token !== null && sim.tokens.isLiveAndIssuedBy(token, fault.tokenSerial);
  });
}

async function serve(
  sim: SimContext,
  control: ConnectionControl,
  request: ReceivedRequest,
  fault: ArmedFault | null,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const route = () => answer(() => routeApi(sim, request));
  if (fault === null) {
    write(res, await route());
    return;
  }

  switch (fault.fault) {
    case 'latency':
      await control.sleep(fault.ms ?? 0);
      write(res, await route());
      return;
    case 'status':
      write(res, faultResponse(fault));
      return;
    case 'reset-before':
      control.reset(req.socket);
      return;
    case 'reset-after':
      await route();
      control.reset(req.socket);
      return;
    case 'stall':
      // Never answered: the socket stays open until the client gives up or the simulator closes.
      return;
    case 'close-idle':
      writeThenCloseWhenIdle(control, await route(), fault.ms ?? 0, req, res);
      return;
    case 'reject-token':
      sim.tokens.revoke(bearerToken(request.headers.authorization) ?? '');
      write(res, rejectedTokenResponse());
      return;
    default: {
      const unhandled: never = fault.fault;
      throw new TypeError(`unhandled fault ${String(unhandled)}`);
    }
  }
}

function faultResponse(fault: ArmedFault): SimResponse {
  const body = fault.body ?? '';
  const contentType = fault.contentType ?? (body === '' ? undefined : 'application/json');
  const headers: Record<string, string> =
    contentType === undefined ? {} : { 'content-type': contentType };
  return { status: fault.status ?? 500, headers, body };
}

/**
 * Node sends `Keep-Alive: timeout=N` unless the response sets `Connection` itself; without the
 * hint the client cannot know the server will close the idle socket early.
 */
function writeThenCloseWhenIdle(
  control: ConnectionControl,
  response: SimResponse,
  ms: number,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  res.once('finish', () => control.closeWhenIdle(req.socket, ms));
  write(res, { ...response, headers: { ...response.headers, connection: 'keep-alive' } });
}

/** Runs a route; anything it throws becomes Solaris's generic 500, with nothing leaked. */
async function answer(route: () => Promise<SimResponse>): Promise<SimResponse> {
  try {
    return await route();
  } catch {
    return errorsResponse(500, 'generic_error', 'There was an error.');
  }
}

function write(res: ServerResponse, response: SimResponse): void {
  if (res.destroyed) return;

  res.writeHead(response.status, response.headers);
  res.end(response.body);
}
