import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

// The staff PIN at rest (issue #8): scrypt (RFC 7914) with a random 16-byte salt per PIN. The cost
// parameters are stored with each hash, so they can be raised later without locking staff out.
export const PinHashParamsSchema = z.strictObject({
  N: z.number().int().min(2),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  keyLength: z.number().int().min(16).max(64),
});
export type PinHashParams = z.infer<typeof PinHashParamsSchema>;

/** About 0.1 s and 32 MiB per check on a station PC: cheap for one sign-in, costly for a guessing run. */
export const defaultPinHashParams: PinHashParams = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 };

export type PinHash = { readonly hash: string; readonly salt: string; readonly params: PinHashParams };

function derive(pin: string, salt: Buffer, params: PinHashParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => {
    // Asynchronous: the derivation runs on libuv's pool, so the host keeps answering meanwhile.
    scrypt(pin.normalize('NFKC'), salt, params.keyLength, options, (error, key) => (error === null ? resolve(key) : reject(error)));
  });
}

export async function hashPin(pin: string, params: PinHashParams = defaultPinHashParams): Promise<PinHash> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, params);
  return { hash: key.toString('base64'), salt: salt.toString('base64'), params };
}

/** Constant-time comparison of the derived keys, so timing says nothing about how close a guess was. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), stored.params);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
