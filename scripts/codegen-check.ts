/**
 * Fails when src/generated/ is not what graphql-codegen makes from schema/schema.graphql now:
 * generates into a temporary copy and compares.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const GENERATED = 'src/generated/resolvers-types.ts';

/**
 * Whether the generated file under `root` is what codegen makes from `root`'s codegen.yml and
 * schema. `root` needs the project's node_modules, where codegen and its plugins are found.
 */
export function generatedIsCurrent(root: string = process.cwd()): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'codegen-check-'));
  try {
    const config = readFileSync(join(root, 'codegen.yml'), 'utf8').replace(
      GENERATED,
      join(dir, 'out.ts'),
    );
    const configPath = join(dir, 'codegen.yml');
    writeFileSync(configPath, config);
    execFileSync('npx', ['graphql-codegen', '--config', configPath, '--silent'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return (
      readFileSync(join(dir, 'out.ts'), 'utf8') === readFileSync(join(root, GENERATED), 'utf8')
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Importing the module (as the contract tests do) only defines the check; running it as a
// script also reports and sets the exit code.
const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(resolve(entry)).href) {
  if (!generatedIsCurrent()) {
    console.error(`${GENERATED} is stale: run "npm run codegen" and commit the result.`);
    process.exit(1);
  }
  console.log(`${GENERATED} matches schema/schema.graphql.`);
}
