import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { err, ok, type Result } from '../../shared/result.js';

const FORMAT_VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type PersonalDataCipher = {
  /** AES-256-GCM; the row id is bound in as associated data, so a ciphertext cannot be moved to another row. */
  encrypt(plaintext: string, rowId: string): Buffer;
  decrypt(sealed: Buffer, rowId: string): Result<string, 'undecryptable'>;
  /** A keyed hash for finding duplicates and a resident's records without storing the number itself. */
  lookupKey(value: string): string;
};

// Personal data (身份证号, 残疾人证号, phone, name) is encrypted at rest (个人信息保护法 Art. 51).
// Two independent subkeys come from the one stored key: one to encrypt, one for lookup hashes.
export function createPersonalDataCipher(masterKey: Buffer): PersonalDataCipher {
  const derive = (info: string): Buffer => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32));
  const encryptionKey = derive('kiosk personal data encryption v1');
  const lookupHashKey = derive('kiosk personal data lookup v1');
  return {
    encrypt(plaintext, rowId) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      cipher.setAAD(Buffer.from(rowId, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([FORMAT_VERSION]), iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed, rowId) {
      if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== FORMAT_VERSION) return err('undecryptable');
      try {
        const decipher = createDecipheriv('aes-256-gcm', encryptionKey, sealed.subarray(1, 1 + IV_BYTES));
        decipher.setAAD(Buffer.from(rowId, 'utf8'));
        decipher.setAuthTag(sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
        return ok(Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8'));
      } catch {
        return err('undecryptable');
      }
    },
    lookupKey(value) {
      return createHmac('sha256', lookupHashKey).update(value, 'utf8').digest('base64url');
    },
  };
}
