import type { QueryResolvers } from '../../generated/resolvers-types.js';
import { getPinEncryptionKey } from '../../pin-change/get-pin-encryption-key.js';
import { recordOutcome } from '../context.js';
import { keyFailureToGraphQL } from '../failure-to-graphql.js';

/** `Query.pinEncryptionKey`. */
export const pinEncryptionKey: QueryResolvers['pinEncryptionKey'] = async (
  _root,
  args,
  context,
) => {
  const result = await getPinEncryptionKey(context.session, args.cardId);
  if (result.kind === 'Key') {
    return recordOutcome(context, 'pinEncryptionKey', {
      __typename: 'PinEncryptionKey' as const,
      ...result.key,
    });
  }
  return recordOutcome(context, 'pinEncryptionKey', keyFailureToGraphQL(result));
};
