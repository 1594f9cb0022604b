// Fake, format-correct credentials made at run time. The prefixes are split so that no
// file of this repository holds a string a scanner would flag.
import { randomBytes } from 'node:crypto';
import { crc32Base62 } from '../../packages/secrets/src/checksum.ts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function random(length: number, alphabet = ALNUM): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[(bytes[i] ?? 0) % alphabet.length];
  return out;
}

/** A GitHub personal access token with a valid CRC32 checksum. */
export function githubToken(kind: 'p' | 'o' | 's' | 'u' = 'p'): string {
  const body = random(30);
  return `gh${kind}_${body}${crc32Base62(body)}`;
}

export function npmToken(): string {
  const body = random(30);
  return ['npm', `${body}${crc32Base62(body)}`].join('_');
}

export function stripeKey(): string {
  return ['sk', 'live', random(32)].join('_');
}

export function slackBotToken(): string {
  return ['xoxb', random(12, '0123456789'), random(12, '0123456789'), random(24)].join('-');
}

export function awsKeyId(): string {
  return `AK${'IA'}${random(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
}

export function privateKeyPem(): { pem: string; body: string } {
  const label = ['RSA', 'PRIVATE', 'KEY'].join(' ');
  const lines = Array.from({ length: 10 }, () => random(64, ALNUM + '+/'));
  return { pem: `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`, body: lines.join('') };
}
