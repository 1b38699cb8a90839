import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { diff } from '@graphql-inspector/core';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';

import { ANNA, startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { postGraphQL } from '../helpers/graphql-client.js';

const CONTRACT = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');

/** Everything introspection can tell in graphql 16, so that no difference goes unseen. */
const FULL_INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

function sortedSdl(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema));
}

describe('the schema the gateway serves', () => {
  let gateway: TestGateway;
  let served: GraphQLSchema;

  beforeAll(async () => {
    gateway = await startTestGateway();
    const response = await postGraphQL(gateway.graphqlUrl, FULL_INTROSPECTION, {
      token: await gateway.token(ANNA),
    });

    expect({ status: response.status, errors: response.body.errors }).toEqual({
      status: 200,
      errors: undefined,
    });
    served = buildClientSchema(response.body.data as unknown as IntrospectionQuery);
  });

  afterAll(async () => {
    await gateway.close();
  });

  it('has no change of any level against schema/schema.graphql', async () => {
    // A client schema has no AST, and graphql-inspector reads directive usages such as `@oneOf`
    // from the AST; printed and parsed again, `isOneOf` becomes `@oneOf` once more.
    const changes = await diff(buildSchema(CONTRACT), buildSchema(printSchema(served)));

    expect(changes.map((change) => `${change.path ?? ''}: ${change.message}`)).toEqual([]);
  });

  it('prints exactly as schema/schema.graphql, types sorted', () => {
    expect(sortedSdl(served)).toBe(sortedSdl(buildSchema(CONTRACT)));
  });
});
