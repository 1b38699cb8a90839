import type { MutationResolvers } from '../../generated/resolvers-types.js';
import { openPinChange } from '../../pin-change/open-pin-change.js';
import { changeRequestToGraphQL } from '../change-request-to-graphql.js';
import { recordOutcome } from '../context.js';

/** `Mutation.changeCardPin`. */
export const changeCardPin: MutationResolvers['changeCardPin'] = async (_root, args, context) =>
  recordOutcome(
    context,
    'changeCardPin',
    changeRequestToGraphQL(
      await openPinChange(context.session, {
        cardId: args.cardId,
        encryptedPin: args.encryptedPin,
        keyId: args.keyId,
      }),
    ),
  );
