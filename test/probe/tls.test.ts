import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHttpsRedirect, checkTls, normalizeConfig, runCheck, type Check } from '@devops-actions/probe';
import { hasOpenssl, makeCertificates, service, startHttp, startHttps, type Certificates, type TestServer } from './fixtures.ts';

const one = (raw: Record<string, unknown>): Check => normalizeConfig({ checks: [raw] }).checks[0] as Check;

describe.runIf(hasOpenssl())('TLS', () => {
  let certs: Certificates;
  const servers: Record<string, TestServer> = {};

  beforeAll(async () => {
    certs = makeCertificates();
    servers.valid = await startHttps(certs.valid, service());
    servers.expiring = await startHttps(certs.expiring, service());
    servers.selfSigned = await startHttps(certs.selfSigned, service());
    servers.wrongHost = await startHttps(certs.wrongHost, service());
  });
  afterAll(async () => {
    await Promise.all(Object.values(servers).map((s) => s.close()));
    certs.cleanup();
  });

  it('trusts a certificate signed by the given CA and reports its days left', async () => {
    const result = await checkTls(servers.valid?.url ?? '', { ca: certs.ca.cert });
    expect(result).toMatchObject({ trusted: true, hostnameMatches: true, outcome: 'passed', failures: [], warnings: [] });
    expect(result.daysLeft).toBeGreaterThanOrEqual(363);
    expect(result.protocol).toBe('TLSv1.3');
    expect(result.issuer).toBe('Probe Test CA');
  });

  it('warns or fails a certificate expiring in 5 days by lead time', async () => {
    const failing = await checkTls(servers.expiring?.url ?? '', { ca: certs.ca.cert, warnDays: 30, failDays: 7 });
    expect(failing.outcome).toBe('failed');
    expect(failing.failures[0]).toMatch(/^the certificate expires in [45] days \(\d{4}-\d\d-\d\d\), under the 7-day limit$/);
    const warning = await checkTls(servers.expiring?.url ?? '', { ca: certs.ca.cert, warnDays: 30, failDays: 3 });
    expect(warning.outcome).toBe('warning');
    expect(warning.warnings[0]).toMatch(/^the certificate expires in [45] days .*under the 30-day warning$/);
  });

  it('fails a self-signed certificate and one for another host', async () => {
    const self = await checkTls(servers.selfSigned?.url ?? '', { ca: certs.ca.cert });
    expect(self.trusted).toBe(false);
    expect(self.failures).toEqual(['the certificate chain is not trusted: DEPTH_ZERO_SELF_SIGNED_CERT']);
    const wrong = await checkTls(servers.wrongHost?.url ?? '', { ca: certs.ca.cert });
    expect(wrong).toMatchObject({ trusted: true, hostnameMatches: false, outcome: 'failed' });
    expect(wrong.failures[0]).toMatch(/^the certificate does not cover 127\.0\.0\.1: .*IP: 127\.0\.0\.1 is not in the cert's list/);
  });

  it('runs a full https check with a CA file, and shows TLS days', async () => {
    const result = await runCheck(one({ url: `${servers.valid?.url}/health`, 'ca-file': certs.caFile, 'expect-json': { '$.status': 'ok' } }));
    expect(result).toMatchObject({ passed: true, status: 200, tls: { trusted: true, hostnameMatches: true } });
    expect(result.tls?.daysLeft).toBeGreaterThan(300);
  });

  it('fails an https check against an untrusted server without retrying it as "not yet"', async () => {
    const result = await runCheck(one({ url: `${servers.selfSigned?.url}/health`, 'wait-timeout': '5s' }));
    expect(result.passed).toBe(false);
    expect(result.ready?.attempts).toBe(1);
    expect(result.failures[0]).toMatch(/last error: TLS: self[- ]signed certificate \(DEPTH_ZERO_SELF_SIGNED_CERT\)$/);
  });

  it('checks that plain http redirects to https', async () => {
    const target = servers.valid?.url ?? '';
    const redirecting = await startHttp((request, response) => {
      response.writeHead(301, { location: `${target}${request.url}` });
      response.end();
    });
    const plain = await startHttp(service());
    try {
      expect(await checkHttpsRedirect(`${redirecting.url}/`)).toEqual({ passed: true, status: 301, location: `${target}/` });
      const result = await runCheck(one({ url: `${target}/health`, 'ca-file': certs.caFile, 'https-redirect': `${plain.url}/health` }));
      expect(result.passed).toBe(false);
      expect(result.failures).toEqual([`${plain.url}/health answered 200 instead of redirecting to https`]);
    } finally {
      await Promise.all([redirecting.close(), plain.close()]);
    }
  });
});
