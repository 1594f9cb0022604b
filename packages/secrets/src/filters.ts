// Built-in false-positive control: placeholders, indirections, documented examples,
// ciphertext, hashes and other values that look like secrets and are not.

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const PLACEHOLDER_WORDS = [
  'example',
  'xxxx',
  'your_',
  'your-',
  'yourkey',
  'yourtoken',
  'yoursecret',
  'yourpass',
  'changeme',
  'change_me',
  'change-me',
  'changeit',
  'placeholder',
  'dummy',
  'redacted',
  'replace_me',
  'replaceme',
  'replace-me',
  'insert_',
  'insert-',
  'notreal',
  'not_real',
  'not-a-real',
  'fake_',
  'fake-',
  'sample_',
  'sample-',
  '****',
  '....',
  '<',
  '>',
  'goes_here',
  'goes-here',
  'secret_here',
  'token_here',
  'key_here',
  'password',
  'passw0rd',
  'p@ssw0rd',
  'xxxxx',
  'abcdefgh',
  'qwerty',
  '12345678',
  '23456789',
  '98765432',
];

const INDIRECTION =
  /^(?:\$\{|\$\(|\$[A-Za-z_]|%\(|%\{|\{\{|\{%|#\{|\[\[|<%|@@|&[a-z]|(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv|env\.|ENV\[|secrets\.|vars\.|System\.getenv|Environment\.)|.*\}\}$)/i;

/** Whether a value is a placeholder, a reference to another variable, or an obviously made-up value. */
export function isPlaceholder(value: string): boolean {
  if (INDIRECTION.test(value)) return true;
  const lower = value.toLowerCase();
  for (const word of PLACEHOLDER_WORDS) if (lower.includes(word)) return true;
  if (/(.)\1{5,}/.test(value)) return true;
  if (hasSequence(lower, 7)) return true;
  const distinct = new Set(value).size;
  if (value.length >= 16 && distinct < Math.min(6, value.length / 4)) return true;
  return false;
}

/** A run of `length` ascending or descending characters (abcdefg, 7654321). */
function hasSequence(text: string, length: number): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < text.length; i++) {
    const step = text.charCodeAt(i) - text.charCodeAt(i - 1);
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    if (up >= length || down >= length) return true;
  }
  return false;
}

/** Whether the text just before a value marks it as a hash, a data URI, a public key or ciphertext. */
export function isEncodedContext(before: string, line: string): boolean {
  if (/sha(?:1|224|256|384|512)-[A-Za-z0-9+/]*$/.test(before)) return true;
  if (/data:[\w/+.-]*(?:;[\w=-]+)*;base64,[A-Za-z0-9+/]*$/i.test(before)) return true;
  if (/(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com)\s+[A-Za-z0-9+/]*$/.test(before)) return true;
  if (/ENC\[[A-Z0-9_]+,data:/.test(line)) return true;
  if (line.includes('$ANSIBLE_VAULT;')) return true;
  return false;
}

/** SealedSecrets ciphertext, age/PGP armour and similar encrypted blobs. */
export function isCiphertext(value: string): boolean {
  return /^Ag[A-D][A-Za-z0-9+/=]{300,}$/.test(value);
}

const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * The not-a-secret tests of the generic rules: identifiers, paths, words, UUIDs, git SHAs,
 * numbers and names whose value is not the secret itself (`token_url`, `secret_name`).
 */
export function isGenericNoise(name: string, value: string, minEntropy: number): boolean {
  if (
    /(?:^|[_.-]|[a-z])(?:id|ids|name|names|type|url|uri|path|file|dir|header|env|var|field|length|len|size|count|format|prefix|suffix|version|endpoint|expiry|expires|expiration|ttl|sha|hash|digest|checksum|fingerprint|hint|label|description|policy|scope|ref|arn|location|mode|method|provider|ref|regex|pattern|min|max|rotation)$/i.test(
      name,
    )
  )
    return true;
  if (/(?:sha\d*|hash|digest|checksum|commit|revision)/i.test(name)) return true;
  if (UUID_RE.test(value)) return true;
  if (/^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(value) && /(?:git|commit|sha|rev)/i.test(name)) return true;
  if (/^(?:true|false|null|nil|none|undefined|yes|no|on|off)$/i.test(value)) return true;
  if (/^[\d.,:-]+$/.test(value)) return true;
  if (/^[a-z]+(?:[_.:-][a-z]+)*$/i.test(value)) return true;
  if (/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(value) || /^(?:[A-Z][a-z0-9]+)+$/.test(value)) return true;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return true;
  if (/[()[\]{}]/.test(value) || /^(?:\/|\.\/|\.\.\/|~\/|[a-z]+:\/\/)/i.test(value)) return true;
  if (/\.(?:json|ya?ml|pem|key|crt|txt|env|js|mjs|ts|py|rb|go|java|php|cs|sh|html|xml|toml|ini|conf|cfg)$/i.test(value)) return true;
  if (/^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)+$/i.test(value)) return true;
  // Minified code: `a.b=c.d.value` chains of property paths, not a value.
  const parts = value.split('=');
  if (parts.length > 1 && parts.every((p) => /^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)*$/i.test(p)) && parts.some((p) => p.includes('.'))) return true;
  const classes = Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value)) + Number(/[^A-Za-z0-9]/.test(value));
  if (classes < 2) return true;
  if (entropy(value) < minEntropy) return true;
  return false;
}

const LOCKFILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'composer.lock',
  'gemfile.lock',
  'cargo.lock',
  'poetry.lock',
  'pipfile.lock',
  'uv.lock',
  'go.sum',
  'packages.lock.json',
  'podfile.lock',
  'pubspec.lock',
  'mix.lock',
  'flake.lock',
  '.terraform.lock.hcl',
]);

export function isLockfile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return LOCKFILES.has(base);
}

const BINARY_EXTENSIONS = new Set(
  'png jpg jpeg gif bmp ico webp avif tif tiff psd svgz pdf zip gz tgz bz2 xz 7z rar zst jar war ear class dll so dylib exe bin o a lib obj wasm woff woff2 ttf otf eot mp3 mp4 m4a wav ogg flac mov avi mkv webm pyc pyo whl egg db sqlite sqlite3 dat parquet avro orc npy pkl pt onnx h5 keystore jks p12 pfx der'.split(
    ' ',
  ),
);

export function isBinaryPath(path: string): boolean {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return false;
  return BINARY_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}

const VENDORED = /(?:^|\/)(?:node_modules|vendor|third_party|third-party|bower_components|\.yarn\/releases|\.yarn\/cache|\.pnpm-store|Pods|\.git)\//;

export function isVendoredPath(path: string): boolean {
  return VENDORED.test(path) || /(?:^|\/)[^/]+\.(?:min\.js\.map|js\.map|css\.map)$/.test(path);
}

/** True when the bytes look binary (a NUL byte in the first 8 kB), as git decides. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
