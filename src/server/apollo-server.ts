import { readFileSync } from 'node:fs';

import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';

import type { GraphQLContext } from '../graphql/context.js';
import { resolvers } from '../graphql/resolvers.js';
import { maskError, maskErrorHidingSchema, SUGGESTION_MASK } from './error-masking.js';
import { singleStepPerDocument } from './single-step-per-document.js';

/** The contract, read once from the file that defines it. */
export const SCHEMA_SDL = readFileSync(
  new URL('../../schema/schema.graphql', import.meta.url),
  'utf8',
);

/**
 * Limits sized for this schema: a real operation is at most 4 levels deep and the GraphiQL
 * introspection query about 13. Depth, aliases, tokens and directives count introspection like
 * any other selection; the cost limit leaves `__schema` out, because graphql-armor's formula
 * prices the standard introspection query at about 87,000, and introspection is off in
 * production, where Apollo refuses `__schema` outright.
 */
export const QUERY_LIMITS = {
  maxDepth: 15,
  maxAliases: 5,
  maxTokens: 2000,
  maxDirectives: 10,
  costLimit: 5000,
};

export interface ApolloSettings {
  introspection: boolean;
  plugins: ApolloServerPlugin<GraphQLContext>[];
}

/** Apollo Server for the contract, with the query limits, masking and no landing page. */
export function createApolloServer(settings: ApolloSettings): ApolloServer<GraphQLContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Tokens are counted by graphql-js while it parses (`parseOptions` below): the query limits'
    // own counter parses again in a plugin hook, where any syntax error becomes an HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.costLimit, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: !settings.introspection, mask: SUGGESTION_MASK },
  });
  const protection = armor.protect();

  return new ApolloServer<GraphQLContext>({
    typeDefs: SCHEMA_SDL,
    resolvers,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    introspection: settings.introspection,
    csrfPrevention: true,
    // main.ts owns SIGTERM: it drains HTTP first, then stops Apollo; two handlers would race.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !settings.introspection,
    formatError: settings.introspection ? maskError : maskErrorHidingSchema,
    validationRules: [...protection.validationRules, singleStepPerDocument],
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No response here is cacheable; the default cache-control plugin would hook every field
      // for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ...(protection.plugins as ApolloServerPlugin<GraphQLContext>[]),
      ...settings.plugins,
    ],
  });
}
