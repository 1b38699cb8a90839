import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { imageCommand } from '../../scripts/image-command.js';

describe('imageCommand', () => {
  it("reads the image's node flags, entry point and environment from the Dockerfile", () => {
    expect(imageCommand(new URL('../../Dockerfile', import.meta.url))).toEqual({
      nodeFlags: ['--heap-growing-percent=100'],
      entry: 'dist/bundle/main.mjs',
      env: { NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '4000', MALLOC_ARENA_MAX: '2' },
    });
  });

  it('reads only the final stage, and refuses a shell-form CMD', () => {
    const dir = mkdtempSync(join(tmpdir(), 'image-command-'));
    try {
      const dockerfile = join(dir, 'Dockerfile');
      writeFileSync(
        dockerfile,
        [
          'FROM node:24 AS build',
          'ENV BUILD_ONLY=1',
          'CMD ["node", "build.js"]',
          'FROM node:24-slim',
          'ENV A=1 \\',
          '    B=2',
          'CMD ["node", "--flag", "dist/main.js"]',
        ].join('\n'),
      );
      expect(imageCommand(dockerfile)).toEqual({
        nodeFlags: ['--flag'],
        entry: 'dist/main.js',
        env: { A: '1', B: '2' },
      });

      writeFileSync(dockerfile, 'FROM node:24-slim\nCMD node dist/main.js\n');
      expect(() => imageCommand(dockerfile)).toThrow(
        new TypeError('The Dockerfile must end with an exec-form CMD ["node", ..., entry]'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
