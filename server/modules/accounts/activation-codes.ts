// One-time activation codes: what a chairperson hands a member who has no email, on paper.
// Ten characters from an alphabet without look-alikes (0/O, 1/I/L), shown as XXXXX-XXXXX: about 49 bits,
// with the login throttle in front of them. Only the SHA-256 of the normalised code is stored.
import { createHash, randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 10;
export const DEFAULT_VALID_DAYS = 7;

export function generateActivationCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i += 1) {
    code += ALPHABET[randomInt(ALPHABET.length)];
  }
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** What a person may type: any case, with or without the dash or spaces. */
export function normaliseActivationCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function hashActivationCode(code: string): string {
  return createHash('sha256').update(normaliseActivationCode(code)).digest('hex');
}

export function activationExpiry(now: Date, validDays: number): Date {
  return new Date(now.getTime() + validDays * 24 * 3600 * 1000);
}

/** True when `input` is the stored code and it has not expired at `now`. */
export function activationCodeMatches(stored: { codeHash: string; expiresAt: Date }, input: string, now: Date): boolean {
  return stored.expiresAt.getTime() > now.getTime() && stored.codeHash === hashActivationCode(input);
}
