import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterEach, describe, expect, it } from '@jest/globals';

import { generatedIsCurrent } from '../../scripts/codegen-check.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A throwaway project root: the contract, codegen.yml and the generated file, copied. */
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'contract-codegen-'));
  for (const file of ['codegen.yml', 'schema/schema.graphql', 'src/generated/resolvers-types.ts']) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    cpSync(join(ROOT, file), join(root, file));
  }
  // Codegen and its plugins are found through the project's node_modules.
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

describe('generated resolver types', () => {
  let scratch: string | null = null;

  afterEach(() => {
    if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
    scratch = null;
  });

  it('are what codegen makes from schema/schema.graphql now', () => {
    expect(generatedIsCurrent(ROOT)).toBe(true);
  });

  it('are reported stale once the contract gains a field', () => {
    scratch = copyProject();
    const schemaPath = join(scratch, 'schema/schema.graphql');
    const schema = readFileSync(schemaPath, 'utf8');
    const grown = schema.replace(
      'type UnauthorizedActionError implements PinChangeError {\n',
      'type UnauthorizedActionError implements PinChangeError {\n  hint: String\n',
    );
    expect(grown).not.toBe(schema);
    writeFileSync(schemaPath, grown);

    expect(generatedIsCurrent(scratch)).toBe(false);
  });
});
