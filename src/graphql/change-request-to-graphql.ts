import type { ResolversTypes, ResolversUnionTypes } from '../generated/resolvers-types.js';
import type { ChangeRequestResult } from '../pin-change/results.js';
import { failureToGraphQL } from './failure-to-graphql.js';

/** A step's result as a member of the `PinChangeRequest` union. */
export function changeRequestToGraphQL(
  result: ChangeRequestResult,
): ResolversUnionTypes<ResolversTypes>['PinChangeRequest'] {
  if (result.kind === 'ChangeRequest') {
    return { __typename: 'ChangeRequest', ...result.changeRequest };
  }
  return failureToGraphQL(result);
}
