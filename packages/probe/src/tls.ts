// Certificate checks over a direct TLS handshake (node:tls): days left against warn/fail
// lead times, chain trust (system roots plus an optional CA), hostname match, protocol.
import { isIP } from 'node:net';
import { checkServerIdentity, connect, rootCertificates, type PeerCertificate } from 'node:tls';
import { systemClock, type Clock } from './clock.ts';
import type { TlsPolicy, TlsResult } from './types.ts';

export interface TlsOptions extends Partial<TlsPolicy> {
  timeoutMs?: number;
  clock?: Clock;
  signal?: AbortSignal;
}

const DAY = 86_400_000;
const HOSTNAME_ERROR = /ALTNAME|Hostname\/IP does not match/i;
const PROTOCOL_ORDER = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

function name(fields: PeerCertificate['subject'] | undefined): string | undefined {
  if (!fields) return undefined;
  const cn = fields.CN;
  const o = fields.O;
  return (
    [cn, o]
      .flat()
      .filter((v) => v !== undefined && v !== '')
      .join(', ') || undefined
  );
}

/** Connects to the URL's host and port and reports on its certificate. Never throws for a bad certificate. */
export async function checkTls(url: string, options: TlsOptions = {}): Promise<TlsResult> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const port = Number(target.port || 443);
  const warnDays = options.warnDays ?? 30;
  const failDays = options.failDays ?? 7;
  const minProtocol = options.minProtocol ?? 'TLSv1.2';
  const clock = options.clock ?? systemClock;
  const base: TlsResult = { host, port, trusted: false, hostnameMatches: false, outcome: 'failed', failures: [], warnings: [] };

  const handshake = await new Promise<{ cert?: PeerCertificate; protocol?: string | null; authorized: boolean; authError?: string } | { error: string }>(
    (resolve) => {
      const socket = connect({
        host,
        port,
        servername: isIP(host) === 0 ? host : undefined,
        ca: options.ca ? [...rootCertificates, options.ca] : undefined,
        rejectUnauthorized: false,
        ALPNProtocols: ['http/1.1'],
      });
      const timer = setTimeout(() => {
        socket.destroy();
        resolve({ error: `no TLS handshake with ${host}:${port} within ${options.timeoutMs ?? 10_000} ms` });
      }, options.timeoutMs ?? 10_000);
      const onAbort = () => socket.destroy();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const finish = (value: Parameters<typeof resolve>[0]) => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        socket.destroy();
        resolve(value);
      };
      socket.once('secureConnect', () => {
        const authError = socket.authorizationError;
        finish({
          cert: socket.getPeerCertificate(false),
          protocol: socket.getProtocol(),
          authorized: socket.authorized,
          authError: authError === null || authError === undefined ? undefined : authError instanceof Error ? authError.message : String(authError),
        });
      });
      socket.once('error', (error: NodeJS.ErrnoException) => finish({ error: `TLS handshake with ${host}:${port} failed: ${error.code ?? error.message}` }));
    },
  );

  if ('error' in handshake) return { ...base, failures: [handshake.error] };
  const { cert, protocol } = handshake;
  if (!cert || Object.keys(cert).length === 0) return { ...base, protocol: protocol ?? undefined, failures: [`${host}:${port} presented no certificate`] };

  const validTo = new Date(cert.valid_to);
  const validFrom = new Date(cert.valid_from);
  const now = clock.epochMs();
  const daysLeft = Math.floor((validTo.getTime() - now) / DAY);
  const identityError = checkServerIdentity(host, cert);
  const result: TlsResult = {
    ...base,
    protocol: protocol ?? undefined,
    daysLeft,
    validFrom: validFrom.toISOString(),
    validTo: validTo.toISOString(),
    subject: name(cert.subject),
    issuer: name(cert.issuer),
    // Node checks the chain first and the host name only on a good chain, so a host-name error means the chain is trusted.
    trusted: handshake.authorized || (handshake.authError !== undefined && HOSTNAME_ERROR.test(handshake.authError)),
    trustError: handshake.authorized || (handshake.authError !== undefined && HOSTNAME_ERROR.test(handshake.authError)) ? undefined : handshake.authError,
    hostnameMatches: identityError === undefined,
    hostnameError: identityError?.message,
  };
  const failures: string[] = [];
  const warnings: string[] = [];
  if (validTo.getTime() <= now) failures.push(`the certificate expired on ${result.validTo?.slice(0, 10)}`);
  else if (validFrom.getTime() > now) failures.push(`the certificate is not valid before ${result.validFrom?.slice(0, 10)}`);
  else if (daysLeft < failDays)
    failures.push(`the certificate expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'} (${result.validTo?.slice(0, 10)}), under the ${failDays}-day limit`);
  else if (daysLeft < warnDays)
    warnings.push(`the certificate expires in ${daysLeft} days (${result.validTo?.slice(0, 10)}), under the ${warnDays}-day warning`);
  if (!result.trusted) failures.push(`the certificate chain is not trusted: ${result.trustError ?? 'unknown reason'}`);
  if (!result.hostnameMatches) failures.push(`the certificate does not cover ${host}: ${result.hostnameError ?? ''}`.trim());
  if (protocol && PROTOCOL_ORDER.indexOf(protocol) < PROTOCOL_ORDER.indexOf(minProtocol))
    failures.push(`the server negotiated ${protocol}, older than ${minProtocol}`);
  result.failures = failures;
  result.warnings = warnings;
  result.outcome = failures.length > 0 ? 'failed' : warnings.length > 0 ? 'warning' : 'passed';
  return result;
}
