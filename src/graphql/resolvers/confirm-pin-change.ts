import type { MutationResolvers, ScaConfirmation } from '../../generated/resolvers-types.js';
import { confirmPinChange as confirm, type ScaProof } from '../../pin-change/confirm-pin-change.js';
import { changeRequestToGraphQL } from '../change-request-to-graphql.js';
import { recordOutcome } from '../context.js';

/** `Mutation.confirmPinChange`. */
export const confirmPinChange: MutationResolvers['confirmPinChange'] = async (
  _root,
  args,
  context,
) =>
  recordOutcome(
    context,
    'confirmPinChange',
    changeRequestToGraphQL(
      await confirm(context.session, {
        changeRequestId: args.changeRequestId,
        proof: proofOf(args.confirmation),
      }),
    ),
  );

/** `@oneOf` guarantees exactly one member is set; validation refused anything else already. */
function proofOf(confirmation: ScaConfirmation): ScaProof {
  const signature = confirmation.deviceSignature;
  if (signature !== undefined && signature !== null) {
    return { deviceId: signature.deviceId, signature: signature.signature };
  }
  return { tan: confirmation.tan ?? '' };
}
