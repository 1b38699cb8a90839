import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/** Root fields that start an upstream side effect (a change request, an SMS, a confirmation). */
const ONCE_PER_DOCUMENT = new Set(['changeCardPin', 'authorizePinChange', 'confirmPinChange']);

/**
 * Validation rule: each PIN change step appears at most once per document, so one request can
 * never open twenty change requests (or send twenty SMS) through aliases.
 */
export function singleStepPerDocument(context: ValidationContext): ASTVisitor {
  const seen = new Set<string>();
  return {
    Field(node) {
      const name = node.name.value;
      if (!ONCE_PER_DOCUMENT.has(name)) {
        return;
      }
      if (seen.has(name)) {
        context.reportError(
          new GraphQLError(`Field "${name}" may appear at most once per document.`, {
            nodes: [node],
          }),
        );
        return;
      }
      seen.add(name);
    },
  };
}
