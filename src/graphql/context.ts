import type { Logger } from '../logger.js';
import type { PinChangeSession } from '../pin-change/session.js';

/** The union member one root field resolved to, for the operation log line and metrics. */
export interface FieldOutcome {
  field: string;
  resultType: string;
}

/** What every resolver gets for one GraphQL request. Built fresh per request, cheaply. */
export interface GraphQLContext {
  session: PinChangeSession;
  requestId: string;
  logger: Logger;
  outcomes: FieldOutcome[];
}

/** Notes which union member a root field resolved to, and passes the result through. */
export function recordOutcome<T extends { __typename: string }>(
  context: GraphQLContext,
  field: string,
  result: T,
): T {
  context.outcomes.push({ field, resultType: result.__typename });
  return result;
}
