import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

import type { GraphQLContext } from '../../src/graphql/context.js';

type Gateway = ApolloServerOptionsWithGateway<GraphQLContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type SchemaListener = Parameters<Gateway['onSchemaLoadOrUpdate']>[0];

/** A compiled operation, or the errors that kept it from compiling. */
type Compiled = CompiledQuery | ExecutionResult;

/**
 * An experiment, not part of the gateway: operations executed by graphql-jit instead of
 * graphql-js, plugged in through Apollo Server's gateway interface. Apollo still parses,
 * validates (the query limits included), runs the plugins and masks errors; only execution is
 * replaced. Each document is compiled once per operation name; Apollo's document store hands the
 * same parsed document back for the same query text, so the compiled form lives as long as it.
 *
 * To try it, build the Apollo server with
 * `gateway: jitGateway(makeExecutableSchema({ typeDefs: SCHEMA_SDL, resolvers }))` in place of
 * `typeDefs` and `resolvers` (`makeExecutableSchema` from `@graphql-tools/schema`, which Apollo
 * builds its own schema with).
 *
 * Why it stays out: graphql-js execution is about 5 % of the gateway's CPU per operation (the
 * profile), so the JIT can save little: four A/B runs moved CPU per operation by +2 % to -18 %,
 * within the run-to-run noise of this shared machine. It also breaks the contract: graphql-jit coerces variables
 * itself, so `@oneOf` inputs with both or neither member pass (HTTP 200 instead of 400), variables
 * of the wrong type come back as 500 INTERNAL_SERVER_ERROR instead of 400 BAD_USER_INPUT, masked
 * resolver errors lose their `path`, and graphql-jit is only a development dependency, so the
 * production install cannot load it. Taking it up again would need graphql-js variable coercion
 * in front of the compiled query and graphql-jit among the dependencies; worth it only if
 * execution grows into a large share of the profile.
 */
export function jitGateway(schema: GraphQLSchema): Gateway {
  const compiledByDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const listeners = new Set<SchemaListener>();

  const compiledFor = (document: DocumentNode, operationName: string | undefined): Compiled => {
    const byName = compiledByDocument.get(document) ?? new Map<string, Compiled>();
    compiledByDocument.set(document, byName);

    const key = operationName ?? '';
    const known = byName.get(key);
    if (known !== undefined) return known;

    const compiled = compileQuery(schema, document, operationName, {
      // Errors are logged once with their cause by the operation log plugin, never shown with a
      // stack, so capturing one for every field error is wasted work.
      disablingCapturingStackErrors: true,
    });
    byName.set(key, compiled);
    return compiled;
  };

  const executor: GatewayExecutor = async (requestContext) => {
    const compiled = compiledFor(
      requestContext.document,
      requestContext.operationName ?? undefined,
    );
    if (!isCompiledQuery(compiled)) return compiled;

    return compiled.query(undefined, requestContext.context, requestContext.request.variables);
  };

  return {
    onSchemaLoadOrUpdate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async load() {
      const coreSupergraphSdl = printSchema(schema);
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl });
      return { executor };
    },
    async stop() {
      listeners.clear();
    },
  };
}
