import { readFileSync } from 'node:fs';

/** How the Docker image starts the gateway, read from its Dockerfile's final stage. */
export interface ImageCommand {
  /** The Node flags of `CMD`, between `node` and the entry point. */
  nodeFlags: string[];
  /** The entry point `CMD` runs, such as `dist/main.js`. */
  entry: string;
  /** The stage's `ENV` settings. */
  env: Record<string, string>;
}

/**
 * Reads the final stage's exec-form `CMD ["node", ...flags, entry]` and its `ENV` lines, so the
 * production test and the benchmark run the gateway exactly as the image does.
 */
export function imageCommand(dockerfile: string | URL): ImageCommand {
  const text = readFileSync(dockerfile, 'utf8').replace(/\\\r?\n/g, ' ');
  const lines = text.split(/\r?\n/);
  const finalStage = lines.slice(lines.findLastIndex((line) => /^FROM\s/i.test(line)));

  const cmd = finalStage.findLast((line) => /^CMD\s/i.test(line));
  const command = cmd === undefined ? null : execForm(cmd.slice(3).trim());
  if (
    !Array.isArray(command) ||
    command.length < 2 ||
    command[0] !== 'node' ||
    !command.every((part) => typeof part === 'string')
  ) {
    throw new TypeError('The Dockerfile must end with an exec-form CMD ["node", ..., entry]');
  }

  const env: Record<string, string> = {};
  for (const line of finalStage.filter((candidate) => /^ENV\s/i.test(candidate))) {
    for (const pair of line.slice(3).trim().split(/\s+/)) {
      const separator = pair.indexOf('=');
      if (separator > 0) env[pair.slice(0, separator)] = pair.slice(separator + 1);
    }
  }

  const parts = command as string[];
  return { nodeFlags: parts.slice(1, -1), entry: parts.at(-1) ?? '', env };
}

/** The JSON array of an exec-form instruction; `null` for the shell form. */
function execForm(argument: string): unknown {
  try {
    return JSON.parse(argument) as unknown;
  } catch {
    return null;
  }
}
