import { readFile } from 'node:fs/promises';

import { z } from 'zod';

import type { SimSeed } from './types.js';

// Object schemas drop members they do not name: a seed may carry notes or fields for other tools.
const deviceSchema = z.object({
  id: z.string().min(1),
  key_type: z.literal('ecdsa-p256'),
  key_purpose: z.string(),
  key: z.string().regex(/^(?:[0-9a-fA-F]{2})+$/, 'must be the hex of an SPKI DER public key'),
});

const personSchema = z.object({
  id: z.string().min(1),
  mobile_number: z.string().min(1).nullable().default(null),
  devices: z.array(deviceSchema).optional(),
});

const cardSchema = z.object({
  id: z.string().min(1),
  person_id: z.string().min(1),
  status: z.string().min(1),
  type: z.string().min(1),
  masked_pan: z.string().min(1),
  pin: z.string().optional(),
});

const seedSchema = z.object({ persons: z.array(personSchema), cards: z.array(cardSchema) });

/** Reads a SimSeed JSON file; any problem is an Error naming the file and the member at fault. */
export async function readSeedFile(file: string): Promise<SimSeed> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error: unknown) {
    throw new Error(`seed file "${file}" cannot be read: ${errorCode(error)}`, { cause: error });
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error: unknown) {
    throw new Error(`seed file "${file}" is not JSON: ${messageOf(error)}`, { cause: error });
  }

  return parseSeed(json, `seed file "${file}"`);
}

/** Checks a seed's shape and that every card's and device's owner exists. */
export function parseSeed(value: unknown, origin: string): SimSeed {
  const parsed = seedSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where =
      issue === undefined || issue.path.length === 0 ? 'top level' : issue.path.join('.');
    throw new Error(`${origin} is not a seed: ${where}: ${issue?.message ?? 'invalid'}`);
  }

  const problem = referenceProblem(parsed.data);
  if (problem !== null) throw new Error(`${origin} is not a seed: ${problem}`);
  return parsed.data;
}

function referenceProblem(seed: SimSeed): string | null {
  const personIds = new Set(seed.persons.map((person) => person.id));
  if (personIds.size !== seed.persons.length) return 'two persons share an id';

  const cardIds = new Set(seed.cards.map((card) => card.id));
  if (cardIds.size !== seed.cards.length) return 'two cards share an id';

  const orphan = seed.cards.findIndex((card) => !personIds.has(card.person_id));
  if (orphan >= 0) return `cards.${orphan}.person_id names no person of the seed`;

  const deviceIds = seed.persons.flatMap((person) =>
    (person.devices ?? []).map((device) => device.id),
  );
  if (new Set(deviceIds).size !== deviceIds.length) return 'two devices share an id';
  return null;
}

/** Read by shape, not `instanceof`: errors from node:fs may come from another realm (test VMs). */
function errorCode(error: unknown): string {
  const code: unknown =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : null;
  return typeof code === 'string' ? code : 'unreadable';
}

/** The message of anything thrown, read by shape for the same reason. */
export function messageOf(error: unknown): string {
  const message: unknown =
    typeof error === 'object' && error !== null && 'message' in error ? error.message : null;
  return typeof message === 'string' ? message : String(error);
}
