/**
 * Fails when src/generated/ is not what graphql-codegen makes from schema/schema.graphql now:
 * generates into a temporary copy and compares.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GENERATED = 'src/generated/resolvers-types.ts';

export function generatedIsCurrent(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-check-'));
  try {
    const config = readFileSync('codegen.yml', 'utf8').replace(GENERATED, join(dir, 'out.ts'));
    const configPath = join(dir, 'codegen.yml');
    writeFileSync(configPath, config);
    execFileSync('npx', ['graphql-codegen', '--config', configPath, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return readFileSync(join(dir, 'out.ts'), 'utf8') === readFileSync(GENERATED, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!generatedIsCurrent()) {
  console.error(`${GENERATED} is stale: run "npm run codegen" and commit the result.`);
  process.exit(1);
}
console.log(`${GENERATED} matches schema/schema.graphql.`);
