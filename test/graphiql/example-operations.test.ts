import { readFileSync } from 'node:fs';

import { describe, expect, it } from '@jest/globals';
import {
  buildSchema,
  Kind,
  parse,
  validate,
  type OperationDefinitionNode,
  type OperationTypeNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';

import {
  JOURNEY_EXAMPLE,
  journeyExampleVariables,
} from '../../src/server/graphiql/example-operations.js';

const schema = buildSchema(
  readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'),
);
const document = parse(JOURNEY_EXAMPLE);
const operations = document.definitions.filter(
  (definition): definition is OperationDefinitionNode =>
    definition.kind === Kind.OPERATION_DEFINITION,
);

function rootFieldOf(operation: OperationDefinitionNode): string {
  const [selection] = operation.selectionSet.selections;
  if (selection?.kind !== Kind.FIELD) throw new Error('expected a root field');
  return selection.name.value;
}

describe('JOURNEY_EXAMPLE', () => {
  it('is valid against the schema', () => {
    expect(validate(schema, document)).toEqual([]);
  });

  it('holds the four steps as named operations, in order', () => {
    expect(
      operations.map((operation) => [
        operation.operation as OperationTypeNode,
        operation.name?.value,
        rootFieldOf(operation),
      ]),
    ).toEqual([
      ['query', 'PinEncryptionKey', 'pinEncryptionKey'],
      ['mutation', 'ChangeCardPin', 'changeCardPin'],
      ['mutation', 'AuthorizePinChange', 'authorizePinChange'],
      ['mutation', 'ConfirmPinChange', 'confirmPinChange'],
    ]);
  });

  it.each([
    [
      'PinEncryptionKey',
      'PinEncryptionKey',
      ['kid', 'kty', 'use', 'alg', 'n', 'e', 'encryption', 'jwk'],
    ],
    [
      'ChangeCardPin',
      'ChangeRequest',
      ['id', 'status', 'updatedAt', 'authorizationUrl', 'availableMethods'],
    ],
    [
      'AuthorizePinChange',
      'ChangeRequest',
      ['id', 'status', 'updatedAt', 'stringToSign', 'availableMethods'],
    ],
    ['ConfirmPinChange', 'ChangeRequest', ['id', 'status', 'updatedAt']],
  ])(
    'selects __typename, the %s success fields and the PinChangeError fallback',
    (name, success, fields) => {
      const operation = operations.find((candidate) => candidate.name?.value === name);
      const [root] = operation?.selectionSet.selections ?? [];
      if (root?.kind !== Kind.FIELD || !root.selectionSet) throw new Error(`no ${name}`);

      const [first, ...fragments] = root.selectionSet.selections;
      const fieldsOf = (typeName: string) =>
        fragments.flatMap((fragment) =>
          fragment.kind === Kind.INLINE_FRAGMENT && fragment.typeCondition?.name.value === typeName
            ? fragment.selectionSet.selections.map(
                (field) => field.kind === Kind.FIELD && field.name.value,
              )
            : [],
        );
      const conditions = fragments.map(
        (fragment) => fragment.kind === Kind.INLINE_FRAGMENT && fragment.typeCondition?.name.value,
      );

      expect(first?.kind === Kind.FIELD && first.name.value).toBe('__typename');
      expect(conditions[0]).toBe(success);
      expect(fieldsOf(success)).toEqual(fields);
      expect(conditions.at(-1)).toBe('PinChangeError');
      expect(fieldsOf('PinChangeError')).toEqual(['code', 'message', 'retryable']);
    },
  );

  it('asks for the current key when the PIN was encrypted with an expired one', () => {
    expect(JOURNEY_EXAMPLE).toContain(
      '... on EncryptionKeyExpiredError {\n      keyId\n      currentKey {\n        kid\n        kty\n        use\n        alg\n        n\n        e\n        encryption\n        jwk\n      }\n    }',
    );
  });
});

describe('journeyExampleVariables', () => {
  it('fills in the card and leaves placeholders for what the steps return', () => {
    expect(JSON.parse(journeyExampleVariables('8febdba4912a747808ccc6f95f82bbb4mcrd'))).toEqual({
      cardId: '8febdba4912a747808ccc6f95f82bbb4mcrd',
      encryptedPin: '<compact JWE of {"pin":"NNNN"}, encrypted with the key>',
      keyId: '<kid of the key>',
      changeRequestId: '<id from ChangeCardPin>',
      method: 'SMS',
      confirmation: { tan: '<one-time code from the SMS>' },
    });
  });

  it.each(operations.map((operation) => [operation.name?.value ?? '', operation] as const))(
    'gives %s every variable it declares, with a value of the declared type',
    (_name, operation) => {
      const variables = JSON.parse(journeyExampleVariables('card-1')) as Record<string, unknown>;

      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);

      expect(coerced.errors).toBeUndefined();
    },
  );

  it('escapes a card id that needs it', () => {
    expect(JSON.parse(journeyExampleVariables('a"b\\c')).cardId).toBe('a"b\\c');
  });
});
