import { setSecret } from './commands.ts';

/**
 * Masks a secret and the encodings it is commonly printed in (base64, base64url,
 * URL-encoded), so the runner hides it however a tool echoes it back.
 */
export function maskSecret(value: string): void {
  if (value.trim() === '') return;
  const variants = new Set([value, Buffer.from(value, 'utf8').toString('base64'), Buffer.from(value, 'utf8').toString('base64url'), encodeURIComponent(value)]);
  for (const variant of variants) setSecret(variant);
}
