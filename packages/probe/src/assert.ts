// Assertions on one answer. Each failure is a sentence a person can act on.
import { isDeepStrictEqual } from 'node:util';
import type { HttpResponse } from './http.ts';
import { evaluateJsonPath } from '@devops-actions/toolkit/jsonpath';
import type { Expectations, StatusRange } from './types.ts';

export function describeStatuses(ranges: readonly StatusRange[]): string {
  return ranges.map((r) => (r.min === r.max ? String(r.min) : r.min % 100 === 0 && r.max === r.min + 99 ? `${r.min / 100}xx` : `${r.min}-${r.max}`)).join(', ');
}

export function statusAccepted(status: number, ranges: readonly StatusRange[]): boolean {
  return ranges.some((r) => status >= r.min && status <= r.max);
}

function isJsonType(contentType: string | undefined): boolean {
  return contentType !== undefined && /\bjson\b/i.test(contentType);
}

/** Parses the body as JSON; `undefined` plus a reason when it is not JSON. */
export function parseJsonBody(response: HttpResponse): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(response.body.toString('utf8')) as unknown };
  } catch {
    const type = response.headers['content-type'];
    return { ok: false, reason: `the body is not JSON${type ? ` (content-type ${type})` : ''}` };
  }
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Every way `response` breaks `expect`, as sentences; empty when it meets them all. */
export function assertResponse(response: HttpResponse, expect: Expectations): string[] {
  const failures: string[] = [];
  if (expect.redirect) {
    const accepted = expect.redirect.status ?? [301, 302, 303, 307, 308];
    if (!accepted.includes(response.status)) failures.push(`expected a redirect (${accepted.join(', ')}) but got status ${response.status}`);
    const location = response.headers.location;
    if (expect.redirect.location !== undefined) {
      const actual = location === undefined ? undefined : new URL(location, response.url).href;
      if (actual !== expect.redirect.location)
        failures.push(
          `expected a redirect to ${expect.redirect.location} but ${actual === undefined ? 'there was no Location header' : `it went to ${actual}`}`,
        );
    }
  } else if (!statusAccepted(response.status, expect.status)) {
    failures.push(`status ${response.status}, expected ${describeStatuses(expect.status)}`);
  }
  if (response.oversize || (expect.maxBytes !== undefined && response.bytes > expect.maxBytes)) {
    failures.push(`the body is larger than the ${expect.maxBytes ?? response.bytes} bytes allowed`);
  }
  if (expect.bodyContains.length > 0 || expect.bodyMatches.length > 0) {
    const text = response.body.toString('utf8');
    for (const needle of expect.bodyContains) if (!text.includes(needle)) failures.push(`the body does not contain "${needle}"`);
    for (const pattern of expect.bodyMatches) if (!pattern.test(text)) failures.push(`the body does not match /${pattern.source}/${pattern.flags}`);
  }
  if (expect.json.length > 0) {
    const parsed = parseJsonBody(response);
    if (!parsed.ok) {
      failures.push(`cannot check ${expect.json.map((j) => j.path).join(', ')}: ${parsed.reason}`);
    } else {
      for (const assertion of expect.json) {
        const { found, value } = evaluateJsonPath(assertion.compiled, parsed.value);
        if (assertion.exists === true && !found) failures.push(`${assertion.path} is missing from the JSON body`);
        if (assertion.exists === false && found) failures.push(`${assertion.path} is present in the JSON body but should not be`);
        if (Object.hasOwn(assertion, 'equals')) {
          if (!found) failures.push(`${assertion.path} is missing from the JSON body (expected ${show(assertion.equals)})`);
          else if (!isDeepStrictEqual(value, assertion.equals)) failures.push(`${assertion.path} is ${show(value)}, expected ${show(assertion.equals)}`);
        }
      }
    }
  }
  for (const header of expect.headers) {
    const value = response.headers[header.name];
    if (header.exists === false) {
      if (value !== undefined) failures.push(`header ${header.name} is present but should not be`);
      continue;
    }
    if (value === undefined) {
      if (header.exists === true || header.equals !== undefined || header.matches !== undefined) failures.push(`header ${header.name} is missing`);
      continue;
    }
    // Cookies and credentials are never quoted back.
    const hidden = /^(set-cookie|cookie|authorization|proxy-authorization|x-api-key)$|token|secret/i.test(header.name);
    const shown = hidden ? '(value hidden)' : `"${value}"`;
    if (header.equals !== undefined && value !== header.equals)
      failures.push(`header ${header.name} is ${shown}, expected ${hidden ? 'another value' : `"${header.equals}"`}`);
    if (header.matches !== undefined && !header.matches.test(value))
      failures.push(`header ${header.name} is ${shown}, which does not match /${header.matches.source}/`);
  }
  return failures;
}

const SECRET_WORDS = /(token|secret|passw|api[-_]?key|private|session|credential|bearer|authorization|cookie)/i;
const SENSITIVE_REQUEST_HEADERS = /^(authorization|cookie|proxy-authorization|x-api-key|api-key|x-auth-token)$|token|secret|key|session/i;

/** Whether a check's answers could hold a secret: it sends credentials, or the body talks about them. */
export function couldHoldSecrets(requestHeaders: Record<string, string>, response: HttpResponse): boolean {
  if (Object.keys(requestHeaders).some((name) => SENSITIVE_REQUEST_HEADERS.test(name))) return true;
  if (response.headers['set-cookie'] !== undefined) return true;
  const type = response.headers['content-type'] ?? '';
  if (type !== '' && !/^(text\/|application\/(json|problem\+json|xml)|[^;]*\+json)/i.test(type)) return true;
  return SECRET_WORDS.test(response.body.subarray(0, 4096).toString('utf8'));
}

/** A short, single-line excerpt of a body for a failure report. */
export function excerpt(body: Buffer, max = 200): string {
  const text = body
    .subarray(0, max * 4)
    .toString('utf8')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max)}… (${body.length} bytes)` : text;
}

export { isJsonType };
