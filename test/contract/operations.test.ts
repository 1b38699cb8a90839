import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';
import {
  buildSchema,
  Kind,
  parse,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';

import { invalidOperations, readOperations } from '../../scripts/contract-check.js';

const CONTRACT = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
const OPERATIONS = readOperations(fileURLToPath(new URL('./operations/', import.meta.url)));

/** The one operation of a file and the selections of its one root field. */
function rootSelections(source: string): {
  operation: OperationDefinitionNode;
  selections: readonly SelectionNode[];
} {
  const [operation, ...others] = parse(source).definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION || others.length > 0) {
    throw new Error('expected exactly one operation');
  }
  const [root] = operation.selectionSet.selections;
  if (root?.kind !== Kind.FIELD || root.selectionSet === undefined) {
    throw new Error('expected one root field with a selection set');
  }
  return { operation, selections: root.selectionSet.selections };
}

function describeSelection(selection: SelectionNode): string {
  if (selection.kind === Kind.FIELD) return selection.name.value;
  if (selection.kind === Kind.FRAGMENT_SPREAD) return `...${selection.name.value}`;
  const fields = selection.selectionSet.selections.map(describeSelection).join(' ');
  return `... on ${selection.typeCondition?.name.value ?? '?'} { ${fields} }`;
}

describe('the operations app teams ship', () => {
  it('are one per step of the journey', () => {
    const names = OPERATIONS.map(({ name, source }) => [
      name,
      rootSelections(source).operation.name?.value,
    ]);

    expect(names).toEqual([
      ['authorize-pin-change.graphql', 'AuthorizePinChange'],
      ['change-card-pin.graphql', 'ChangeCardPin'],
      ['confirm-pin-change.graphql', 'ConfirmPinChange'],
      ['pin-encryption-key.graphql', 'PinEncryptionKey'],
    ]);
  });

  it('validate against schema/schema.graphql', () => {
    expect(invalidOperations(buildSchema(CONTRACT), OPERATIONS)).toEqual([]);
  });

  it.each(OPERATIONS.map(({ name, source }) => [name, source]))(
    '%s selects __typename and the PinChangeError fallback',
    (_name, source) => {
      const selections = rootSelections(source).selections.map(describeSelection);

      expect(selections[0]).toBe('__typename');
      expect(selections).toContain('... on PinChangeError { code message retryable }');
    },
  );

  it('stop validating when the contract drops a field they select', () => {
    const search =
      '  "The card\'s Solaris status, for example `BLOCKED`."\n  cardStatus: String!\n';
    expect(CONTRACT).toContain(search);
    const shrunk = buildSchema(CONTRACT.replace(search, ''));

    expect(invalidOperations(shrunk, OPERATIONS)).toEqual([
      {
        name: 'change-card-pin.graphql',
        errors: ['Cannot query field "cardStatus" on type "CardNotEligibleError".'],
      },
      {
        name: 'pin-encryption-key.graphql',
        errors: ['Cannot query field "cardStatus" on type "CardNotEligibleError".'],
      },
    ]);
  });

  it('report an operation that selects a field the contract does not have', () => {
    const broken = OPERATIONS.map(({ name, source }) =>
      name === 'confirm-pin-change.graphql'
        ? { name, source: source.replace('changeRequestAlive', 'attemptsLeft') }
        : { name, source },
    );

    expect(invalidOperations(buildSchema(CONTRACT), broken)).toEqual([
      {
        name: 'confirm-pin-change.graphql',
        errors: ['Cannot query field "attemptsLeft" on type "InvalidTanError".'],
      },
    ]);
  });
});
