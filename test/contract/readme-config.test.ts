import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { beforeAll, describe, expect, it } from '@jest/globals';

import { CONFIG_VARIABLES } from '../../src/config.js';
import { simOptionsFromEnv } from '../../src/solaris-sim/env-options.js';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));

/**
 * The names in the tables of README.md's "Configuration" section: lines that start with
 * "| `NAME`". None when the README or the section is missing.
 */
function documentedNames(): string[] {
  const text = existsSync(README) ? readFileSync(README, 'utf8') : '';
  const section = /^## Configuration\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(text)?.[1] ?? '';
  return [...section.matchAll(/^\| `([A-Za-z0-9_]+)`/gm)].map((match) => match[1] ?? '');
}

/** The variables the embedded Solaris reads, seen by handing it an environment that records. */
async function simVariables(): Promise<string[]> {
  const read = new Set<string>();
  const recording = new Proxy<NodeJS.ProcessEnv>(
    {},
    {
      get(_target, name) {
        if (typeof name === 'string') read.add(name);
        return undefined;
      },
    },
  );

  await simOptionsFromEnv(recording);
  return [...read];
}

describe("README.md's configuration table", () => {
  let documented: string[];
  let simNames: string[];

  beforeAll(async () => {
    documented = documentedNames();
    simNames = await simVariables();
  });

  it('reads SIM_* variables from the embedded Solaris', () => {
    expect(simNames.length).toBeGreaterThan(0);
    expect(simNames.filter((name) => !name.startsWith('SIM_'))).toEqual([]);
  });

  it('lists every variable the gateway and the embedded Solaris read', () => {
    const missing = [...CONFIG_VARIABLES, ...simNames].filter((name) => !documented.includes(name));

    expect(missing).toEqual([]);
  });

  it('lists no variable that nothing reads', () => {
    const known = new Set([...CONFIG_VARIABLES, ...simNames]);

    expect(documented.filter((name) => !known.has(name))).toEqual([]);
  });
});
