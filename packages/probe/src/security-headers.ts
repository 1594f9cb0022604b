// Security headers, each rule off, warn or fail: HSTS with a max-age floor, CSP,
// X-Content-Type-Options, frame protection, Referrer-Policy, and no version leak in
// Server or X-Powered-By.
import type { Level, SecurityHeaderFinding, SecurityHeaderPolicy, SecurityHeadersResult } from './types.ts';

/** Half a year, the floor most HSTS guidance and the preload list ask for. */
export const DEFAULT_HSTS_MIN_AGE = 15_552_000;

export function securityPolicy(level: Level, overrides: Partial<SecurityHeaderPolicy> = {}): SecurityHeaderPolicy {
  return {
    hsts: level,
    hstsMinAgeSeconds: DEFAULT_HSTS_MIN_AGE,
    csp: level,
    contentTypeOptions: level,
    frameProtection: level,
    referrerPolicy: level,
    versionLeak: level,
    ...overrides,
  };
}

const VERSION_LEAK = /\d+(\.\d+)+|\/\s*\d/;

/**
 * Holds an answer (or its headers, with lower-case names) to a policy. HSTS is only judged
 * on https answers, since browsers ignore it over plain http; for an answer that is told by
 * its URL, for bare headers by `options.https` (default true).
 */
export function checkSecurityHeaders(
  answer: Record<string, string | undefined> | { url: string; headers: Record<string, string | undefined> },
  policy: SecurityHeaderPolicy,
  options: { https?: boolean } = {},
): SecurityHeadersResult {
  const isResponse = typeof answer.url === 'string' && typeof answer.headers === 'object' && answer.headers !== null;
  const headers = isResponse ? (answer as { headers: Record<string, string | undefined> }).headers : (answer as Record<string, string | undefined>);
  if (isResponse && options.https === undefined) options = { https: (answer as { url: string }).url.startsWith('https:') };
  const findings: SecurityHeaderFinding[] = [];
  const add = (rule: SecurityHeaderFinding['rule'], message: string) => {
    const level = policy[rule];
    if (level !== 'off') findings.push({ rule, level, message });
  };
  const get = (name: string) => headers[name]?.trim();
  const csp = get('content-security-policy');

  if (options.https !== false && policy.hsts !== 'off') {
    const hsts = get('strict-transport-security');
    if (!hsts) add('hsts', 'Strict-Transport-Security is missing');
    else {
      const maxAge = /max-age\s*=\s*"?(\d+)"?/i.exec(hsts);
      if (!maxAge) add('hsts', `Strict-Transport-Security has no max-age ("${hsts}")`);
      else if (Number(maxAge[1]) < policy.hstsMinAgeSeconds)
        add('hsts', `Strict-Transport-Security max-age is ${maxAge[1]} s, under the ${policy.hstsMinAgeSeconds} s floor`);
    }
  }
  if (!csp) add('csp', 'Content-Security-Policy is missing');
  const xcto = get('x-content-type-options');
  if (!xcto) add('contentTypeOptions', 'X-Content-Type-Options is missing (want nosniff)');
  else if (xcto.toLowerCase() !== 'nosniff') add('contentTypeOptions', `X-Content-Type-Options is "${xcto}", want nosniff`);
  const xfo = get('x-frame-options');
  const frameAncestors = csp !== undefined && /(^|;)\s*frame-ancestors\s/i.test(csp);
  if (!frameAncestors) {
    if (!xfo) add('frameProtection', 'no frame protection: neither X-Frame-Options nor CSP frame-ancestors is set');
    else if (!/^(deny|sameorigin)$/i.test(xfo)) add('frameProtection', `X-Frame-Options is "${xfo}", want DENY or SAMEORIGIN`);
  }
  const referrer = get('referrer-policy');
  if (!referrer) add('referrerPolicy', 'Referrer-Policy is missing');
  else if (/^(unsafe-url|no-referrer-when-downgrade)$/i.test(referrer)) add('referrerPolicy', `Referrer-Policy is "${referrer}", which leaks full URLs`);
  for (const header of ['server', 'x-powered-by'] as const) {
    const value = get(header);
    if (value && VERSION_LEAK.test(value)) add('versionLeak', `${header === 'server' ? 'Server' : 'X-Powered-By'} reveals a version ("${value}")`);
  }
  const outcome = findings.some((f) => f.level === 'fail') ? 'failed' : findings.length > 0 ? 'warning' : 'passed';
  return { outcome, findings };
}
