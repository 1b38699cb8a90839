import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

import type { FieldOutcome, GraphQLContext } from '../graphql/context.js';
import type { UpstreamCallCounter } from './upstream-call-counter.js';

/** Told about every finished operation; feeds the metrics. */
export type OperationListener = (outcomes: FieldOutcome[], durationSeconds: number) => void;

/**
 * Writes one log line per operation (name, the union member each root field resolved to,
 * duration, upstream calls) and logs every unexpected error once, with the request id, before
 * the masking step hides it from the client. Never logs variables or the document.
 */
export function operationLogPlugin(
  counter: UpstreamCallCounter,
  onOperation: OperationListener = () => {},
): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const startedAt = performance.now();
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (!(original instanceof GraphQLError) || original.extensions['code'] === undefined) {
              contextValue.logger.error({ err: original }, 'unexpected error in operation');
            }
          }
        },
        async willSendResponse({ contextValue, operationName, response }) {
          const durationMs = performance.now() - startedAt;
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0;
          onOperation(contextValue.outcomes, durationMs / 1000);
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              outcomes: contextValue.outcomes,
              errors,
              durationMs: Math.round(durationMs * 10) / 10,
              upstreamCalls: counter.take(contextValue.requestId),
            },
            'operation',
          );
        },
      };
    },
  };
}
