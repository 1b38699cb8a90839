import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { authorizePinChange as authorize } from '../../pin-change/authorize-pin-change.js';
import { changeRequestToGraphQL } from '../change-request-to-graphql.js';
import { recordOutcome } from '../context.js';

/** `Mutation.authorizePinChange`. */
export const authorizePinChange: MutationResolvers['authorizePinChange'] = async (
  _root,
  args,
  context,
) =>
  recordOutcome(
    context,
    'authorizePinChange',
    changeRequestToGraphQL(
      await authorize(context.session, {
        changeRequestId: args.changeRequestId,
        method: args.method,
        deviceId: args.deviceId ?? null,
      }),
    ),
  );
