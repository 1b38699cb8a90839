import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { DEFAULT_SEED } from '../../src/solaris-sim/default-seed.js';
import { simOptionsFromEnv } from '../../src/solaris-sim/server.js';
import { FIXTURE_KEY, startTestSim } from './sim-client.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'solaris-sim-env-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('simOptionsFromEnv', () => {
  it('gives no options for an empty environment', async () => {
    expect(await simOptionsFromEnv({})).toEqual({});
  });

  it('reads every variable', async () => {
    const seed = {
      persons: [{ id: 'p1cper', mobile_number: '+4915100000009', nickname: 'ignored' }],
      cards: [
        {
          id: 'c1mcrd',
          person_id: 'p1cper',
          status: 'ACTIVE',
          type: 'VISA_DEBIT',
          masked_pan: '419291******0001',
          pin: '4931',
          colour: 'ignored',
        },
      ],
      comment: 'ignored',
    };

    const options = await simOptionsFromEnv({
      SIM_PORT: '4011',
      SIM_CLIENT_ID: 'id-1',
      SIM_CLIENT_SECRET: 'secret-1',
      SIM_SEED_FILE: file('seed.json', JSON.stringify(seed)),
      SIM_PIN_KEY_FILE: file('key.json', JSON.stringify(FIXTURE_KEY)),
      SIM_CHANGE_REQUEST_TTL_S: '60',
      SIM_TOKEN_TTL_S: '120',
      SIM_KEY_GRACE_S: '0',
    });

    expect(options).toEqual({
      port: 4011,
      clientId: 'id-1',
      clientSecret: 'secret-1',
      seed: {
        persons: [{ id: 'p1cper', mobile_number: '+4915100000009' }],
        cards: [
          {
            id: 'c1mcrd',
            person_id: 'p1cper',
            status: 'ACTIVE',
            type: 'VISA_DEBIT',
            masked_pan: '419291******0001',
            pin: '4931',
          },
        ],
      },
      pinKey: FIXTURE_KEY,
      changeRequestTtlSeconds: 60,
      tokenTtlSeconds: 120,
      keyGraceSeconds: 0,
    });
  });

  it('reads a missing mobile number as none', async () => {
    const seed = { persons: [{ id: 'p1cper' }], cards: [] };

    const options = await simOptionsFromEnv({
      SIM_SEED_FILE: file('no-mobile.json', JSON.stringify(seed)),
    });

    expect(options.seed).toEqual({ persons: [{ id: 'p1cper', mobile_number: null }], cards: [] });
  });

  it.each([
    ['SIM_PORT', 'abc', 'SIM_PORT must be an integer from 0 to 65535, got "abc"'],
    ['SIM_PORT', '70000', 'SIM_PORT must be an integer from 0 to 65535, got "70000"'],
    ['SIM_PORT', '', 'SIM_PORT must not be empty when set'],
    ['SIM_CLIENT_ID', ' ', 'SIM_CLIENT_ID must not be empty when set'],
    [
      'SIM_CHANGE_REQUEST_TTL_S',
      '0',
      'SIM_CHANGE_REQUEST_TTL_S must be an integer from 1 to 86400, got "0"',
    ],
    ['SIM_TOKEN_TTL_S', '1.5', 'SIM_TOKEN_TTL_S must be an integer from 1 to 86400, got "1.5"'],
    ['SIM_KEY_GRACE_S', '-1', 'SIM_KEY_GRACE_S must be an integer from 0 to 86400, got "-1"'],
  ])('refuses %s=%j', async (name, value, message) => {
    await expect(simOptionsFromEnv({ [name]: value })).rejects.toThrow(new Error(message));
  });

  it('does not quote the client secret when refusing it', async () => {
    await expect(simOptionsFromEnv({ SIM_CLIENT_SECRET: '' })).rejects.toThrow(
      new Error('SIM_CLIENT_SECRET must not be empty when set'),
    );
  });

  it.each([
    [
      'not JSON',
      'bad-1.json',
      '{"persons": [',
      /^SIM_SEED_FILE: seed file ".*bad-1\.json" is not JSON: /,
    ],
    [
      'a card without an id',
      'bad-2.json',
      JSON.stringify({ persons: [], cards: [{ person_id: 'p' }] }),
      /^SIM_SEED_FILE: seed file ".*bad-2\.json" is not a seed: cards\.0\.id: /,
    ],
    [
      'no cards',
      'bad-3.json',
      JSON.stringify({ persons: [] }),
      /^SIM_SEED_FILE: seed file ".*bad-3\.json" is not a seed: cards: /,
    ],
    [
      'a card of an unknown person',
      'bad-4.json',
      JSON.stringify({
        persons: [],
        cards: [{ id: 'c', person_id: 'p', status: 'ACTIVE', type: 'VISA_DEBIT', masked_pan: 'x' }],
      }),
      /^SIM_SEED_FILE: seed file ".*bad-4\.json" is not a seed: cards\.0\.person_id names no person of the seed$/,
    ],
    [
      'a device key that is not hex',
      'bad-5.json',
      JSON.stringify({
        persons: [
          {
            id: 'p',
            mobile_number: null,
            devices: [{ id: 'd', key_type: 'ecdsa-p256', key_purpose: 'x', key: 'zz' }],
          },
        ],
        cards: [],
      }),
      /^SIM_SEED_FILE: seed file ".*bad-5\.json" is not a seed: persons\.0\.devices\.0\.key: must be the hex of an SPKI DER public key$/,
    ],
  ])('refuses a seed file that is %s', async (_case, name, content, message) => {
    await expect(simOptionsFromEnv({ SIM_SEED_FILE: file(name, content) })).rejects.toThrow(
      message,
    );
  });

  it('refuses a seed file that does not exist', async () => {
    await expect(simOptionsFromEnv({ SIM_SEED_FILE: join(dir, 'missing.json') })).rejects.toThrow(
      /^SIM_SEED_FILE: seed file ".*missing\.json" cannot be read: ENOENT$/,
    );
  });

  it('refuses a PIN key file that is not a private RSA JWK, without quoting it', async () => {
    const publicOnly = { ...FIXTURE_KEY, d: undefined };
    const path = file('public.json', JSON.stringify(publicOnly));

    await expect(simOptionsFromEnv({ SIM_PIN_KEY_FILE: path })).rejects.toThrow(
      new Error(`SIM_PIN_KEY_FILE "${path}" must hold a private RSA JWK (kty "RSA", n, e, d)`),
    );
  });

  it('starts a simulator whose seeded card keeps its seeded PIN', async () => {
    const seed = {
      persons: [{ id: 'p1cper', mobile_number: null }],
      cards: [
        {
          id: 'c1mcrd',
          person_id: 'p1cper',
          status: 'ACTIVE',
          type: 'VISA_DEBIT',
          masked_pan: 'x',
          pin: '4931',
        },
      ],
    };
    const options = await simOptionsFromEnv({
      SIM_SEED_FILE: file('pin.json', JSON.stringify(seed)),
    });
    const sim = await startTestSim(options);
    try {
      const reply = await sim.call('POST', '/__sim/cards/c1mcrd/verify-pin', {
        body: { pin: '4931' },
      });
      expect(reply.json).toEqual({ matches: true });
    } finally {
      await sim.stop();
    }
  });
});

describe('the stand-alone program', () => {
  it('prints its URL, credentials and seeded ids, serves, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/solaris-sim/main.ts'], {
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        SIM_PORT: '0',
        SIM_PIN_KEY_FILE: file('k.json', JSON.stringify(FIXTURE_KEY)),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no banner: ${output}`)), 10_000);
      child.stdout.on('data', () => {
        const match = /Solaris simulator on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match?.[1] === undefined || !output.includes(DEFAULT_SEED.cards.at(-1)?.id ?? ''))
          return;
        clearTimeout(timer);
        resolve(match[1]);
      });
    });
    const health = await fetch(`${url}/__sim/faults`);
    child.kill('SIGTERM');

    expect(health.status).toBe(200);
    expect(await exited).toBe(0);
    expect(output).toContain('client id:     sim-client-id');
    expect(output).toContain('client secret: sim-client-secret');
    expect(output).toContain(`PIN key id:    ${FIXTURE_KEY.kid}`);
    for (const person of DEFAULT_SEED.persons) expect(output).toContain(person.id);
    for (const card of DEFAULT_SEED.cards) expect(output).toContain(card.id);
  });

  it('exits with 1 and a clear message on an invalid variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/solaris-sim/main.ts'], {
      env: { ...process.env, NODE_OPTIONS: '', SIM_TOKEN_TTL_S: 'soon' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));

    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));

    expect(code).toBe(1);
    expect(errors).toBe(
      'solaris-sim: SIM_TOKEN_TTL_S must be an integer from 1 to 86400, got "soon"\n',
    );
  });
});
