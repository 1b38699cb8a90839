import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Error codes whose messages are written for clients: request errors that Apollo, graphql-js,
 * the query limits and the authentication step raise. Anything else is unexpected.
 */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
]);

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/** Whether an error's message may reach the client as is. */
export function isClientError(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.['code'];
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code);
}

/**
 * The one masking point for errors in GraphQL responses, whatever NODE_ENV is: client errors pass
 * without stack traces; anything else becomes a generic internal error. The original is logged
 * once, with the request id, by the operation log plugin.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isClientError(formatted) && !(unwrapResolverError(error) instanceof TypeError)) {
    const { message, locations, path, extensions } = formatted;
    return {
      message: withoutVariableValue(message),
      ...(locations === undefined ? {} : { locations }),
      ...(path === undefined ? {} : { path }),
      extensions: { code: extensions?.['code'] },
    };
  }
  return {
    message: INTERNAL_ERROR_MESSAGE,
    ...(formatted.path === undefined ? {} : { path: formatted.path }),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** What the query limits put in place of the quoted names of a suggestion. */
export const SUGGESTION_MASK = '[Suggestion hidden]';

/**
 * graphql-js's hint that names schema members (` Did you mean "SMS"?` and its variants), or what
 * is left of it once the query limits masked the quoted names.
 */
const SUGGESTION = / ?(?:Did you mean .+|\[Suggestion hidden\])\?$/;

/**
 * `maskError` for a gateway that hides its schema (introspection off). Apollo removes suggestions
 * from validation errors only, and the query limits only those that quote a name right after
 * "Did you mean"; variable coercion adds its own ("Did you mean the enum value ...?"), so every
 * suggestion, masked or not, is removed here.
 */
export function maskErrorHidingSchema(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const masked = maskError(formatted, error);
  // Apollo's own text tells the caller to change Apollo's constructor options.
  const message = masked.message.startsWith(APOLLO_INTROSPECTION_REFUSAL)
    ? INTROSPECTION_OFF
    : masked.message.replace(SUGGESTION, '');
  return { ...masked, message };
}

const APOLLO_INTROSPECTION_REFUSAL = 'GraphQL introspection is not allowed by Apollo Server';
const INTROSPECTION_OFF = 'Introspection is off on this gateway.';

/**
 * graphql-js quotes a variable's whole value when coercion fails ("got invalid value { tan:
 * \"123456\" }; ..."), and scalar errors end in the value too. Variables carry one-time codes and
 * encrypted PINs, so the message keeps the variable's name, the path and the reason, never the
 * value.
 */
const VARIABLE_VALUE_ERROR =
  /^Variable "(\$[A-Za-z_][A-Za-z0-9_]*)" got invalid value [\s\S]*?(?: at "([^"]*)")?; ((?:(?!; )[\s\S])*)$/;

export function withoutVariableValue(message: string): string {
  const match = VARIABLE_VALUE_ERROR.exec(message);
  if (match === null) {
    return message;
  }
  const [, variable, path, reason = ''] = match;
  const at = path === undefined ? '' : ` at "${path}"`;
  const safeReason = reason.replace(/ value: [\s\S]*$/, ' value.');
  return `Variable "${variable}" got an invalid value${at}; ${safeReason}`;
}
