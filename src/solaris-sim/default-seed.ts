import type { SimSeed } from './types.js';

const ALICE = 'a1b2c3d4e5f60718293a4b5c6d7e8f90cper';
const BOB = 'b2c3d4e5f60718293a4b5c6d7e8f90a1cper';
const CAROL = 'c3d4e5f60718293a4b5c6d7e8f90a1b2cper';

/**
 * The default people and cards: two cardholders with mobile numbers (one also holding a blocked
 * card) and one without, so the SMS path's refusal can be shown.
 */
export const DEFAULT_SEED: SimSeed = {
  persons: [
    { id: ALICE, mobile_number: '+4915100000001' },
    { id: BOB, mobile_number: '+4915100000002' },
    { id: CAROL, mobile_number: null },
  ],
  cards: [
    {
      id: '8febdba4912a747808ccc6f95f82bbb4mcrd',
      person_id: ALICE,
      status: 'ACTIVE',
      type: 'MASTERCARD_DEBIT',
      masked_pan: '537458******4567',
    },
    {
      id: '1fe8caa4bf1f49d87b2d63c14bb565f0mcrd',
      person_id: BOB,
      status: 'ACTIVE',
      type: 'VISA_DEBIT',
      masked_pan: '419291******1234',
    },
    {
      id: '7a6b5c4d3e2f10a9b8c7d6e5f4a3b2c1mcrd',
      person_id: ALICE,
      status: 'BLOCKED',
      type: 'MASTERCARD_DEBIT',
      masked_pan: '537458******9876',
    },
    {
      id: '0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5fmcrd',
      person_id: CAROL,
      status: 'ACTIVE',
      type: 'VISA_DEBIT',
      masked_pan: '419291******5678',
    },
  ],
};
