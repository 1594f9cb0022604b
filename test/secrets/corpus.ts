// A labelled corpus made at run time: format-correct fake credentials for every rule,
// embedded in a dozen file types, and hard negatives of every kind the engine must ignore.
// Nothing here is a literal credential: values are generated from the rules' own patterns.
import { crc32Base62 } from '../../packages/secrets/src/checksum.ts';
import { RULES, type RuleDefinition } from '../../packages/secrets/src/rules.ts';

/** A small deterministic PRNG (mulberry32), so a failing case can be reproduced. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomString(random: () => number, length: number, alphabet = ALNUM): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

// ---- a generator for the subset of regular-expression syntax the rules use ----
type Node = { t: 'lit'; c: string } | { t: 'set'; chars: string } | { t: 'alt'; options: Node[][] } | { t: 'rep'; node: Node; min: number; max: number };

function parse(source: string): Node[] {
  let i = 0;
  const CLASS: Record<string, string> = { d: '0123456789', w: ALNUM + '_', s: ' ' };
  function parseClass(): string {
    i++; // [
    let chars = '';
    while (source[i] !== ']') {
      let c = source[i++] ?? '';
      if (c === '\\') {
        const e = source[i++] ?? '';
        c = CLASS[e] ?? e;
        chars += c;
        continue;
      }
      if (source[i] === '-' && source[i + 1] !== ']') {
        const end = source[i + 1] ?? c;
        for (let x = c.charCodeAt(0); x <= end.charCodeAt(0); x++) chars += String.fromCharCode(x);
        i += 2;
      } else chars += c;
    }
    i++;
    return chars;
  }
  function parseSeq(): Node[][] {
    const options: Node[][] = [[]];
    while (i < source.length && source[i] !== ')') {
      const c = source[i] ?? '';
      let node: Node;
      if (c === '|') {
        i++;
        options.push([]);
        continue;
      } else if (c === '(') {
        i++;
        if (source[i] === '?') i += source[i + 1] === '<' ? source.indexOf('>', i) - i + 1 : 2;
        node = { t: 'alt', options: parseSeq() };
        i++;
      } else if (c === '[') node = { t: 'set', chars: parseClass() };
      else if (c === '\\') {
        const e = source[i + 1] ?? '';
        i += 2;
        node = CLASS[e] ? { t: 'set', chars: CLASS[e] } : { t: 'lit', c: e };
      } else {
        i++;
        node = { t: 'lit', c };
      }
      const q = source[i];
      if (q === '{') {
        const close = source.indexOf('}', i);
        const [a, b] = source.slice(i + 1, close).split(',');
        node = { t: 'rep', node, min: Number(a), max: b === undefined ? Number(a) : Number(b) };
        i = close + 1;
      } else if (q === '?') {
        node = { t: 'rep', node, min: 0, max: 1 };
        i++;
      } else if (q === '+' || q === '*') {
        node = { t: 'rep', node, min: q === '+' ? 1 : 0, max: 8 };
        i++;
      }
      options[options.length - 1]?.push(node);
    }
    return options;
  }
  const options = parseSeq();
  return [{ t: 'alt', options }];
}

function emit(nodes: Node[], random: () => number): string {
  let out = '';
  for (const node of nodes) {
    if (node.t === 'lit') out += node.c;
    else if (node.t === 'set') out += node.chars[Math.floor(random() * node.chars.length)] ?? '';
    else if (node.t === 'alt') out += emit(node.options[Math.floor(random() * node.options.length)] ?? [], random);
    else {
      // Lengths near the middle of the range, as real tokens are.
      const n = node.min + Math.floor(random() * Math.min(node.max - node.min + 1, 12));
      for (let k = 0; k < n; k++) out += emit([node.node], random);
    }
  }
  return out;
}

export function generate(source: string, random: () => number): string {
  return emit(parse(source), random);
}

/** A format-correct value for a token or named rule (with a valid checksum where the format has one). */
export function fakeToken(rule: RuleDefinition, random: () => number): string {
  if (rule.checksum === 'crc32-base62') {
    const body = randomString(random, 30);
    return `${rule.keywords[0] ?? ''}${body}${crc32Base62(body)}`;
  }
  for (let attempt = 0; ; attempt++) {
    const value = generate(rule.secret, random);
    // Random values can look like placeholders by chance (a run of six equal characters); real ones do not.
    if (attempt > 20 || (!/(.)\1{4,}/.test(value) && !/example|xxxx|fake_|dummy/i.test(value))) return value;
  }
}

export function nameFor(rule: RuleDefinition): string {
  const word = rule.context?.[0] ?? 'token';
  if (/[=:]$/.test(word)) return word.slice(0, -1);
  if (/(key|token|secret|password|pat|id)$/.test(word)) return word;
  return `${word}_api_key`;
}

export interface FileType {
  ext: string;
  render(name: string, value: string): string;
}

const upper = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
const camel = (name: string) => name.replace(/[_.-]+([a-z0-9])/gi, (_, c: string) => c.toUpperCase());

export const FILE_TYPES: FileType[] = [
  { ext: 'env', render: (n, v) => `# service settings\nAPP_ENV=production\n${upper(n)}=${v}\n` },
  { ext: 'yaml', render: (n, v) => `service:\n  region: eu-west-1\n  ${n}: "${v}"\n` },
  { ext: 'json', render: (n, v) => `{\n  "name": "api",\n  "${camel(n)}": "${v}"\n}\n` },
  { ext: 'js', render: (n, v) => `import { client } from './client.js';\n\nconst ${camel(n)} = '${v}';\nclient.configure(${camel(n)});\n` },
  { ext: 'ts', render: (n, v) => `export const config = {\n  ${camel(n)}: "${v}",\n} as const;\n` },
  { ext: 'py', render: (n, v) => `import os\n\n${n.toUpperCase()} = "${v}"\n` },
  { ext: 'rb', render: (n, v) => `Rails.application.configure do\n  config.${n} = '${v}'\nend\n` },
  { ext: 'go', render: (n, v) => `package main\n\nfunc main() {\n\t${camel(n)} := "${v}"\n\t_ = ${camel(n)}\n}\n` },
  { ext: 'toml', render: (n, v) => `[deploy]\n${n} = "${v}"\n` },
  { ext: 'xml', render: (n, v) => `<settings>\n  <${n}>${v}</${n}>\n</settings>\n` },
  { ext: 'properties', render: (n, v) => `app.name=api\n${n.replace(/_/g, '.')}=${v}\n` },
  { ext: 'sh', render: (n, v) => `#!/bin/sh\nexport ${upper(n)}="${v}"\n./deploy.sh\n` },
  { ext: 'Dockerfile', render: (n, v) => `FROM node:24\nENV ${upper(n)}=${v}\nCMD ["node", "server.js"]\n` },
  { ext: 'tf', render: (n, v) => `provider "acme" {\n  ${n} = "${v}"\n}\n` },
  { ext: 'ini', render: (n, v) => `[default]\n${n} = ${v}\n` },
];

export interface Case {
  id: string;
  provider: string;
  file: string;
  content: string;
  /** The rule that must find it, and the value it must report (positives only). */
  expect?: { rule: string; secret: string };
  /** What kind of negative this is. */
  negative?: string;
}

function pem(label: string, random: () => number, lines = 12): string {
  const body = Array.from({ length: lines }, () => randomString(random, 64, ALNUM + '+/')).join('\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}

function jwt(payload: object, random: () => number): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}.${randomString(random, 43, ALNUM + '_-')}`;
}

function positives(rule: RuleDefinition, random: () => number): Case[] {
  const cases: Case[] = [];
  const add = (file: string, content: string, secret: string) =>
    cases.push({ id: `${rule.id}#${cases.length}`, provider: rule.provider, file, content, expect: { rule: rule.id, secret } });
  const kind = rule.kind ?? 'token';
  if (kind === 'private-key') {
    if (rule.id === 'private-key-putty') {
      const body = Array.from({ length: 14 }, () => randomString(random, 64, ALNUM + '+/'));
      const content = `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 1\nAAAAB3NzaC1yc2E\nPrivate-Lines: 14\n${body.join('\n')}\nPrivate-MAC: ${randomString(random, 64, '0123456789abcdef')}\n`;
      add('deploy.ppk', content, body.join(''));
      return cases;
    }
    const label = /BEGIN (.*)-----/.exec(rule.pattern ?? '')?.[1] ?? 'PRIVATE KEY';
    for (let k = 0; k < 4; k++) {
      const block = pem(label, random);
      const body = block.split('\n').slice(1, -1).join('');
      if (k === 0) add('id_key.pem', block + '\n', body);
      if (k === 1)
        add(
          'values.yaml',
          `tls:\n  key: |\n${block
            .split('\n')
            .map((l) => `    ${l}`)
            .join('\n')}\n`,
          body,
        );
      if (k === 2) add('sa.json', `{\n  "type": "service_account",\n  "private_key": "${block.replace(/\n/g, '\\n')}\\n"\n}\n`, body);
      if (k === 3)
        add(
          'key.ts',
          `const key = [\n${block
            .split('\n')
            .map((l) => `  '${l}',`)
            .join('\n')}\n].join('\\n');\n`,
          body,
        );
    }
    return cases;
  }
  if (kind === 'jwt') {
    for (let k = 0; k < 4; k++) {
      const token = jwt({ sub: randomString(random, 10), iat: 1767225600 + k, role: k === 3 ? 'service_role' : 'authenticated' }, random);
      const type = FILE_TYPES[k * 3] ?? FILE_TYPES[0];
      if (type) add(`auth.${type.ext}`, type.render('session_jwt', token), token);
    }
    return cases;
  }
  if (kind === 'url') {
    const scheme = (rule.keywords[0] ?? 'x://').replace('://', '');
    for (let k = 0; k < 4; k++) {
      const password = randomString(random, 12 + k * 4, ALNUM + '_~!*');
      const value = `${scheme}://app_user:${password}@db-${k}.internal.example.net:5432/app`;
      const type = FILE_TYPES[(k * 4 + 1) % FILE_TYPES.length] ?? FILE_TYPES[0];
      if (type) add(`db.${type.ext}`, type.render('database_url', value), password);
    }
    return cases;
  }
  if (kind === 'generic') {
    const name = rule.id === 'generic-password' ? 'db_password' : 'client_secret';
    for (let k = 0; k < 5; k++) {
      const value =
        rule.id === 'generic-password'
          ? `${randomString(random, 6)}!${randomString(random, 6, '0123456789')}${randomString(random, 4)}`
          : randomString(random, 24 + k * 4, ALNUM + '+/_-');
      const type = FILE_TYPES[(k * 3 + 2) % FILE_TYPES.length] ?? FILE_TYPES[0];
      if (type) add(`settings.${type.ext}`, type.render(name, value), value);
    }
    return cases;
  }
  if (kind === 'pair') {
    for (let k = 0; k < 3; k++) {
      const id = `AKIA${randomString(random, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`;
      const secret = randomString(random, 40, ALNUM + '/+');
      add('credentials.csv', `User name,Access key ID,Secret access key\ndeploy,${id},${secret}\n`, secret);
    }
    return cases;
  }
  if (rule.id === 'jdbc-password' || rule.id === 'ado-connection-string-password') {
    for (let k = 0; k < 3; k++) {
      const password = randomString(random, 14, ALNUM + '!#');
      const value =
        rule.id === 'jdbc-password'
          ? `jdbc:postgresql://db.internal:5432/app?user=app&password=${password}`
          : `Server=db.internal;Database=app;User Id=app;Password=${password};`;
      add(
        k === 0 ? 'app.properties' : `appsettings.${k}.json`,
        k === 0 ? `spring.datasource.url=${value}\n` : `{ "ConnectionStrings": { "Default": "${value}" } }\n`,
        password,
      );
    }
    return cases;
  }
  const count = rule.context ? 4 : 5;
  for (let k = 0; k < count; k++) {
    const token = fakeToken(rule, random);
    const type = FILE_TYPES[(k * 5 + rule.id.length) % FILE_TYPES.length] ?? FILE_TYPES[0];
    if (!type) continue;
    const name = rule.context ? nameFor(rule) : (['api_token', 'auth', 'value', 'credentials', 'key'][k] ?? 'token');
    let content = type.render(name, token);
    if (k === 4 && !rule.context) content = `Authorization: Bearer ${token}\n`;
    add(`config/${rule.id}.${k === 4 && !rule.context ? 'http' : type.ext}`, content, token);
  }
  return cases;
}

function providerNegatives(rule: RuleDefinition, random: () => number): Case[] {
  const cases: Case[] = [];
  const add = (negative: string, file: string, content: string) =>
    cases.push({ id: `${rule.id}!${negative}`, provider: rule.provider, file, content, negative });
  const kind = rule.kind ?? 'token';
  if (kind === 'private-key') {
    const label = /BEGIN (.*)-----/.exec(rule.pattern ?? '')?.[1] ?? 'PRIVATE KEY';
    if (rule.id !== 'private-key-putty') {
      add('truncated-example', 'README.md', `Paste your key:\n\n-----BEGIN ${label}-----\n...\n-----END ${label}-----\n`);
      add('placeholder-body', 'docs/keys.md', `-----BEGIN ${label}-----\n<your private key here>\n-----END ${label}-----\n`);
    }
    return cases;
  }
  if (kind !== 'token' || rule.pattern !== undefined) return cases;
  const token = fakeToken(rule, random);
  const name = rule.context ? nameFor(rule) : 'api_token';
  // Keep the literal prefix, replace the random part by x's.
  const prefix = rule.keywords[0] && token.toLowerCase().startsWith(rule.keywords[0]) ? token.slice(0, rule.keywords[0].length) : token.slice(0, 2);
  const xs = prefix + token.slice(prefix.length).replace(/[A-Za-z0-9]/g, 'x');
  add('placeholder-x', '.env.example', `${name.toUpperCase()}=${xs}\n`);
  add('env-indirection', 'deploy.yml', `env:\n  ${name.toUpperCase()}: \${{ secrets.${name.toUpperCase()} }}\n`);
  add('process-env', 'config.js', `const ${name.replace(/\W/g, '_')} = process.env.${name.toUpperCase().replace(/\W/g, '_')};\n`);
  if (rule.checksum) {
    const bad = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    add('bad-checksum', 'notes.txt', `old value: ${bad}\n`);
  }
  if (rule.context) {
    // The same value under a name that is not the provider's is not this provider's secret.
    add('no-context', 'build.json', `{ "checksum": "${token}" }\n`);
  }
  return cases;
}

/** Negatives of every kind the engine promises to ignore, independent of any provider. */
function hardNegatives(random: () => number): Case[] {
  const hex = (n: number) => randomString(random, n, '0123456789abcdef');
  const b64 = (n: number) => randomString(random, n, ALNUM + '+/');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const list: [string, string, string][] = [
    [
      'sops',
      'secrets.enc.yaml',
      `db_password: ENC[AES256_GCM,data:${b64(24)},iv:${b64(43)}=,tag:${b64(22)}==,type:str]\napi_token: ENC[AES256_GCM,data:${b64(40)},iv:${b64(43)}=,tag:${b64(22)}==,type:str]\n`,
    ],
    ['ansible-vault', 'group_vars/all/vault.yml', `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${hex(64)}\n  ${hex(64)}\n`],
    [
      'sealed-secret',
      'sealed.yaml',
      `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: AgB${b64(400)}==\n    api_token: AgC${b64(380)}==\n`,
    ],
    [
      'npm-integrity',
      'package-lock.json',
      `{\n  "node_modules/left-pad": {\n    "version": "1.3.0",\n    "integrity": "sha512-${b64(86)}==",\n    "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz"\n  }\n}\n`,
    ],
    ['yarn-lock', 'yarn.lock', `left-pad@^1.3.0:\n  version "1.3.0"\n  integrity sha512-${b64(86)}==\n  token_hash "${hex(64)}"\n`],
    ['go-sum', 'go.sum', `github.com/acme/lib v1.2.3 h1:${b64(43)}=\ngithub.com/acme/lib v1.2.3/go.mod h1:${b64(43)}=\n`],
    ['git-sha', 'release.json', `{ "commit_sha": "${hex(40)}", "tree": "${hex(40)}" }\n`],
    ['git-sha-token-name', 'ci.yml', `token_sha: ${hex(40)}\n`],
    ['uuid', 'ids.yaml', `request_token: ${uuid()}\ntenant_id: ${uuid()}\n`],
    ['data-uri', 'logo.css', `.logo { background: url(data:image/png;base64,iVBORw0KGgo${b64(200)}); }\n`],
    ['data-uri-token', 'icon.html', `<img alt="token" src="data:image/svg+xml;base64,PHN2Zy${b64(120)}">\n`],
    [
      'ssh-public-key',
      'authorized_keys',
      `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${b64(300)} deploy@ci\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(43)} ada@laptop\n`,
    ],
    ['public-key-pem', 'public.pem', `-----BEGIN PUBLIC KEY-----\n${b64(64)}\n${b64(64)}\n${b64(24)}\n-----END PUBLIC KEY-----\n`],
    ['certificate', 'ca.crt', `-----BEGIN CERTIFICATE-----\n${b64(64)}\n${b64(64)}\n${b64(64)}\n-----END CERTIFICATE-----\n`],
    [
      'stripe-publishable',
      'checkout.js',
      `const stripe = Stripe('pk_live_${randomString(random, 24)}');\nconst test = Stripe('pk_test_${randomString(random, 24)}');\n`,
    ],
    ['sentry-public-dsn', 'sentry.ts', `Sentry.init({ dsn: 'https://${hex(32)}@o${hex(6).replace(/[a-f]/g, '1')}.ingest.sentry.io/4504' });\n`],
    ['supabase-anon', 'supabase.ts', `const supabase = createClient(url, '${jwt({ iss: 'supabase', role: 'anon', iat: 1767225600 }, random)}');\n`],
    ['posthog-public', 'analytics.ts', `posthog.init('phc_${randomString(random, 43)}', { api_host: 'https://eu.posthog.com' });\n`],
    ['helm-template', 'templates/secret.yaml', `data:\n  password: {{ .Values.db.password | b64enc }}\n  api_token: {{ .Values.api.token | quote }}\n`],
    ['jinja', 'roles/db/templates/pg.conf.j2', `password = "{{ postgres_password }}"\nsecret_key = "{{ lookup('env', 'SECRET_KEY') }}"\n`],
    [
      'env-refs',
      'docker-compose.yml',
      `environment:\n  POSTGRES_PASSWORD: \${POSTGRES_PASSWORD}\n  API_TOKEN: $API_TOKEN\n  DATABASE_URL: postgres://app:\${DB_PASSWORD}@db:5432/app\n`,
    ],
    ['code-refs', 'settings.py', `SECRET_KEY = os.environ["SECRET_KEY"]\nDB_PASSWORD = os.getenv("DB_PASSWORD")\napi_token = get_secret("api-token")\n`],
    ['angle-placeholder', 'README.md', `export API_TOKEN=<your-api-token>\npassword: <password>\nsecret_key = "<your-secret-key>"\n`],
    ['changeme', 'defaults.ini', `[db]\npassword = changeme\nadmin_password = change_me_please\n`],
    ['repeated', 'test.env', `API_SECRET=aaaaaaaaaaaaaaaaaaaaaaaa\nAUTH_TOKEN=0000000000000000000000000000\n`],
    ['sequential', 'local.env', `API_SECRET=abcdefghijklmnopqrstuvwxyz012345\nDB_PASSWORD=12345678901234\n`],
    [
      'aws-docs-example',
      'docs/aws.md',
      `aws_access_key_id = AKIA${'IOSFODNN7'}EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY${'EXAMPLE'}KEY\n`,
    ],
    [
      'identifier',
      'auth.ts',
      `const passwordField = form.passwordInput;\nconst tokenType = 'refresh_token_expired';\nthis.secretName = "database-credentials-prod";\n`,
    ],
    ['type-annotation', 'api.py', `def login(username: str, password: str) -> Token:\n    api_key: Optional[str] = None\n`],
    ['k8s-ref', 'deployment.yaml', `env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n`],
    ['words-password', 'fixtures.yml', `password: correcthorsebatterystaple\nsecret: notsosecretatall\n`],
    ['url-no-password', 'app.env', `DATABASE_URL=postgres://app@db.internal:5432/app\nREDIS_URL=redis://cache:6379/0\n`],
    ['url-placeholder', 'README.md', `DATABASE_URL=postgresql://user:password@localhost:5432/mydb\nAMQP_URL=amqp://guest:*****@rabbit:5672\n`],
    ['hash-named', 'cache.json', `{ "token_digest": "${hex(64)}", "secret_hash": "${b64(44)}" }\n`],
    ['file-path', 'ssl.conf', `private_key = "/etc/ssl/private/server.key"\nsecret_file: ./secrets/api-token.txt\n`],
    ['minified-word', 'bundle.min.js', `var a="accessToken",b="refreshToken";function c(t){return t.apiKey||t.api_key||null}\n`],
    ['markdown-docs', 'docs/auth.md', `Set \`GITHUB_TOKEN\` to a token with \`repo\` scope. The token looks like ghp_ followed by 36 characters.\n`],
    ['random-id', 'fixtures.json', `{ "trace_id": "${hex(32)}", "span_id": "${hex(16)}", "build_id": "${randomString(random, 24)}" }\n`],
    [
      'jwt-unsigned',
      'test.http',
      `Authorization: Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"ada"}').toString('base64url')}.\n`,
    ],
    ['base64-image-inline', 'email.html', `<img src="data:image/jpeg;base64,/9j/${b64(300)}">\n`],
    ['ciphertext-age', 'secrets.age', `-----BEGIN AGE ENCRYPTED FILE-----\n${b64(64)}\n${b64(40)}\n-----END AGE ENCRYPTED FILE-----\n`],
    [
      'minified-assignments',
      'dist/engine.js',
      `var _ScanKeywordTokens=Module._ScanKeywordTokens=e.ScanKeywordTokens.value,_apiKeyHolder=Module._apiKeyHolder=e.apiKeyHolder.value;\n`,
    ],
  ];
  return list.map(([negative, file, content]) => ({ id: `hard!${negative}`, provider: 'hard negative', file, content, negative }));
}

export function buildCorpus(seed = 20260101): Case[] {
  const random = rng(seed);
  const cases: Case[] = [];
  for (const rule of RULES) cases.push(...positives(rule, random));
  for (const rule of RULES) cases.push(...providerNegatives(rule, random));
  cases.push(...hardNegatives(random));
  return cases;
}
