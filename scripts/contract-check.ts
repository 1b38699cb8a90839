/**
 * Checks the GraphQL contract against what is already out in the world: the last released
 * contract (no breaking change) and the operations app teams ship (each still validates). Run it
 * with `npx tsx scripts/contract-check.ts`; it exits 1 on a breaking change or a broken operation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';

export const CONTRACT_FILE = 'schema/schema.graphql';
export const RELEASED_FILE = 'schema/released.graphql';
export const OPERATIONS_DIR = 'test/contract/operations';

/** The changes from one contract to the next, by what they do to existing clients. */
export interface ContractChanges {
  /** Changes that break a client written against the released contract. */
  breaking: Change[];
  /**
   * Changes a client survives only if it handles the unknown (a new union member, a new enum
   * value): reported, never failed, since apps select the `PinChangeError` fallback.
   */
  dangerous: Change[];
  safe: Change[];
}

/** One shipped operation that no longer validates, with graphql-js's messages. */
export interface InvalidOperation {
  name: string;
  errors: string[];
}

/** Sorts the changes from `releasedSdl` to `currentSdl` by their criticality. */
export async function compareContracts(
  releasedSdl: string,
  currentSdl: string,
): Promise<ContractChanges> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl));
  const at = (level: CriticalityLevel) =>
    changes.filter((change) => change.criticality.level === level);

  return {
    breaking: at(CriticalityLevel.Breaking),
    dangerous: at(CriticalityLevel.Dangerous),
    safe: at(CriticalityLevel.NonBreaking),
  };
}

/** One line per change, `  - <path>: <message>`, for a test failure or the terminal. */
export function describeChanges(changes: Change[]): string {
  return changes.map((change) => `  - ${change.path ?? '(schema)'}: ${change.message}`).join('\n');
}

/** The `.graphql` operations under `dir`, by file name, in name order. */
export function readOperations(dir: string): { name: string; source: string }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((name) => ({ name, source: readFileSync(join(dir, name), 'utf8') }));
}

/** The operations that do not validate against `schema`. */
export function invalidOperations(
  schema: GraphQLSchema,
  operations: { name: string; source: string }[],
): InvalidOperation[] {
  return operations
    .map(({ name, source }) => ({
      name,
      errors: validate(schema, parse(source)).map((error) => error.message),
    }))
    .filter((operation) => operation.errors.length > 0);
}

async function main(): Promise<number> {
  const current = readFileSync(CONTRACT_FILE, 'utf8');
  const changes = await compareContracts(readFileSync(RELEASED_FILE, 'utf8'), current);
  const broken = invalidOperations(buildSchema(current), readOperations(OPERATIONS_DIR));

  if (changes.dangerous.length > 0) {
    console.log(`Dangerous changes since ${RELEASED_FILE}:\n${describeChanges(changes.dangerous)}`);
  }
  if (changes.breaking.length > 0) {
    console.error(`Breaking changes since ${RELEASED_FILE}:\n${describeChanges(changes.breaking)}`);
  }
  for (const operation of broken) {
    console.error(`${OPERATIONS_DIR}/${operation.name} no longer validates:`);
    console.error(operation.errors.map((message) => `  - ${message}`).join('\n'));
  }
  if (changes.breaking.length > 0 || broken.length > 0) {
    return 1;
  }

  console.log(`${CONTRACT_FILE} keeps ${RELEASED_FILE} and every shipped operation working.`);
  return 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  process.exitCode = await main();
}
