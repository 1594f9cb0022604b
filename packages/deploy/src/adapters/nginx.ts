// The `nginx` adapter: two slots (blue and green) on your own server, started and stopped by
// your commands, with traffic moved by nginx.
//
// - reload mode: the adapter owns one upstream file (an `upstream NAME { server ... weight=N; }`
//   block that nginx.conf includes). It rewrites it, runs `nginx -t`, and reloads; if `nginx -t`
//   fails the file is restored byte for byte and nothing is reloaded. Weights make canaries.
// - socket mode: nginx proxies to one unix socket path that is a symlink to the live slot's
//   socket; a switch is an atomic rename of a new symlink over it. No reload, no dropped request;
//   no weights (blue-green only).
import { readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigurationError, parseList } from '@devops-actions/toolkit';
import { CommandError, runCommand, runChecked, splitCommand } from '../exec.ts';
import { stateFiles } from '../state.ts';
import type { Adapter, Capabilities, Endpoint, Release, ShiftPlan, Verifier } from '../types.ts';
import { defineAdapter, option } from './define.ts';

export interface Slot {
  name: string;
  /** `host:port` or an absolute unix socket path. */
  address: string;
}

export interface NginxAdapterOptions {
  mode: 'reload' | 'socket';
  upstreamFile?: string;
  upstreamName: string;
  liveSocket?: string;
  slots: Slot[];
  nginxCommand: string;
  startCommand: string;
  stopCommand?: string;
  /** Records which version each slot runs. */
  slotsFile: string;
  environment: string;
  verifier: Verifier;
  readyTimeoutMs: number;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** A change that was refused and undone: the target is exactly as it was before the call. */
export class UnchangedError extends Error {
  override readonly name = 'UnchangedError';
  readonly unchanged = true;
}

export function parseSlots(subject: string, text: string, mode: 'reload' | 'socket', cwd: string): Slot[] {
  const example = mode === 'socket' ? 'blue=/run/app/blue.sock,green=/run/app/green.sock' : 'blue=127.0.0.1:8081,green=127.0.0.1:8082';
  const slots = parseList(text).map((item) => {
    const match = /^([a-z][\w-]*)=(.+)$/i.exec(item);
    if (!match?.[1] || !match[2]) throw new ConfigurationError(subject, `"${item}" is not name=address`, example);
    const address = match[2].trim();
    const socket = address.startsWith('/') || address.startsWith('./') || address.startsWith('unix:');
    if (mode === 'socket' && !socket) throw new ConfigurationError(subject, `socket mode needs unix socket paths, not "${address}"`, example);
    if (!socket && !/^[\w.-]+:\d{1,5}$|^\[[0-9a-f:]+\]:\d{1,5}$/i.test(address))
      throw new ConfigurationError(subject, `"${address}" is not host:port`, example);
    return { name: match[1], address: socket ? resolve(cwd, address.replace(/^unix:/, '')) : address };
  });
  if (slots.length !== 2) throw new ConfigurationError(subject, `needs exactly two slots, got ${slots.length}`, example);
  if (slots[0]?.name === slots[1]?.name || slots[0]?.address === slots[1]?.address)
    throw new ConfigurationError(subject, 'the two slots must differ in name and address', example);
  return slots;
}

function isSocket(address: string): boolean {
  return address.startsWith('/');
}

type SlotsRecord = Record<string, { version: string; at: string } | undefined>;

export class NginxAdapter implements Adapter {
  readonly name = 'nginx';
  readonly capabilities: Capabilities;
  private readonly options: NginxAdapterOptions;
  private readonly nginx: string[];

  constructor(options: NginxAdapterOptions) {
    this.options = options;
    if (options.startCommand === '')
      throw new ConfigurationError('start-command', 'is required with adapter: nginx (it starts a version in a slot)', './scripts/start.sh');
    splitCommand('start-command', options.startCommand);
    if (options.stopCommand) splitCommand('stop-command', options.stopCommand);
    this.nginx = splitCommand('nginx-command', options.nginxCommand);
    if (options.mode === 'reload' && !options.upstreamFile)
      throw new ConfigurationError(
        'nginx-upstream-file',
        'is required in reload mode: the file nginx includes with the upstream block',
        '/etc/nginx/conf.d/app-upstream.conf',
      );
    if (options.mode === 'socket' && !options.liveSocket)
      throw new ConfigurationError('nginx-live-socket', 'is required in socket mode: the socket path nginx proxies to', '/run/app/live.sock');
    if (!/^[\w-]+$/.test(options.upstreamName))
      throw new ConfigurationError('nginx-upstream-name', `"${options.upstreamName}" is not an nginx upstream name`, 'app');
    this.capabilities =
      options.mode === 'reload'
        ? { weights: true, preview: true, keepPrevious: true, strategies: ['direct', 'blue-green', 'canary'] }
        : { weights: false, preview: true, keepPrevious: true, strategies: ['direct', 'blue-green'] };
  }

  private slot(name: string | undefined): Slot | undefined {
    return this.options.slots.find((s) => s.name === name);
  }

  private endpoint(slot: Slot): Endpoint {
    return isSocket(slot.address) ? { url: 'http://localhost', socketPath: slot.address } : { url: `http://${slot.address}` };
  }

  private release(slot: Slot, version: string): Release {
    return { version, slot: slot.name, endpoint: this.endpoint(slot), address: isSocket(slot.address) ? `unix:${slot.address}` : slot.address };
  }

  private readSlots(): SlotsRecord {
    try {
      return JSON.parse(readFileSync(this.options.slotsFile, 'utf8')) as SlotsRecord;
    } catch {
      return {};
    }
  }

  private writeSlots(update: (record: SlotsRecord) => void): void {
    const record = this.readSlots();
    update(record);
    mkdirSync(dirname(this.options.slotsFile), { recursive: true });
    const temp = `${this.options.slotsFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(record, null, 2) + '\n');
    renameSync(temp, this.options.slotsFile);
  }

  /** The live slot and the weights as last written. */
  private live(): { slot: Slot; weights: Record<string, number> } | undefined {
    if (this.options.mode === 'socket') {
      let target: string;
      try {
        target = readlinkSync(this.options.liveSocket as string);
      } catch {
        return undefined;
      }
      const slot = this.options.slots.find((s) => s.address === resolve(dirname(this.options.liveSocket as string), target));
      return slot ? { slot, weights: { [slot.name]: 100 } } : undefined;
    }
    let text: string;
    try {
      text = readFileSync(this.options.upstreamFile as string, 'utf8');
    } catch {
      return undefined;
    }
    const line = /^# weights: (.*)$/m.exec(text)?.[1];
    if (!line) return undefined;
    const weights: Record<string, number> = {};
    for (const pair of line.trim().split(/\s+/)) {
      const [name, weight] = pair.split('=');
      if (name && weight) weights[name] = Number(weight);
    }
    const best = Object.entries(weights).sort((a, b) => b[1] - a[1])[0];
    const slot = this.slot(best?.[0]);
    return slot ? { slot, weights } : undefined;
  }

  async current(): Promise<Release | undefined> {
    const live = this.live();
    if (!live) return undefined;
    const recorded = this.readSlots()[live.slot.name]?.version;
    if (recorded) return this.release(live.slot, recorded);
    const check = await this.options.verifier.check(this.endpoint(live.slot), undefined);
    return check.version ? this.release(live.slot, check.version) : undefined;
  }

  private vars(slot: Slot, version: string): Record<string, string> {
    const socket = isSocket(slot.address);
    return {
      DEPLOY_VERSION: version,
      DEPLOY_SLOT: slot.name,
      DEPLOY_ADDRESS: slot.address,
      DEPLOY_PORT: socket ? '' : (slot.address.split(':').at(-1) ?? ''),
      DEPLOY_SOCKET: socket ? slot.address : '',
      DEPLOY_ENVIRONMENT: this.options.environment,
    };
  }

  private async stop(slot: Slot, version: string): Promise<void> {
    if (!this.options.stopCommand) return;
    const vars = this.vars(slot, version);
    await runChecked('stop-command', splitCommand('stop-command', this.options.stopCommand, vars), {
      cwd: this.options.cwd,
      env: { ...this.options.env, ...vars },
      timeoutMs: 120_000,
    });
  }

  private async start(slot: Slot, version: string): Promise<Release> {
    const vars = this.vars(slot, version);
    // Recorded before the start, so an interrupted start is known.
    this.writeSlots((r) => (r[slot.name] = { version, at: new Date().toISOString() }));
    await runChecked('start-command', splitCommand('start-command', this.options.startCommand, vars), {
      cwd: this.options.cwd,
      env: { ...this.options.env, ...vars },
      timeoutMs: this.options.readyTimeoutMs + 60_000,
    });
    const release = this.release(slot, version);
    const ready = await this.options.verifier.settle(release.endpoint as Endpoint, version, {
      mode: 'consecutive',
      times: 1,
      timeoutMs: this.options.readyTimeoutMs,
      intervalMs: 100,
    });
    if (!ready.ok) throw new Error(`${version} did not become ready in slot ${slot.name}: ${ready.reason}`);
    return release;
  }

  async prepare(candidate: Release, previous: Release | undefined): Promise<Release> {
    const liveName = previous?.slot ?? this.live()?.slot.name;
    const idle = this.options.slots.find((s) => s.name !== liveName) as Slot;
    if (this.readSlots()[idle.name]?.version === candidate.version) {
      const check = await this.options.verifier.check(this.endpoint(idle), candidate.version);
      if (check.ok) return this.release(idle, candidate.version);
    }
    const old = this.readSlots()[idle.name]?.version;
    await this.stop(idle, old ?? '').catch(() => undefined);
    return this.start(idle, candidate.version);
  }

  async ensureReady(release: Release): Promise<Release> {
    const slot = this.slot(release.slot) ?? this.options.slots.find((s) => this.readSlots()[s.name]?.version === release.version);
    if (!slot) throw new Error(`no slot is known for ${release.version}`);
    const check = await this.options.verifier.check(this.endpoint(slot), release.version);
    if (check.ok) return this.release(slot, release.version);
    await this.stop(slot, release.version).catch(() => undefined);
    return this.start(slot, release.version);
  }

  async shift(weight: number, plan: ShiftPlan): Promise<void> {
    const candidate = this.slot(plan.candidate.slot);
    if (!candidate) throw new Error(`the candidate ${plan.candidate.version} has no slot; prepare it first`);
    const previous = this.slot(plan.previous?.slot);
    const weights: Record<string, number> = {};
    if (previous && previous.name !== candidate.name && weight < 100) weights[previous.name] = 100 - weight;
    if (weight > 0 || !previous) weights[candidate.name] = weight > 0 ? weight : 100;
    await this.route(weights);
  }

  async restore(target: Release, _from: Release | undefined): Promise<void> {
    const slot = this.slot(target.slot) ?? this.options.slots.find((s) => this.readSlots()[s.name]?.version === target.version);
    if (!slot) throw new Error(`no slot is known for ${target.version}`);
    await this.route({ [slot.name]: 100 });
  }

  async cleanup(release: Release): Promise<void> {
    const slot = this.slot(release.slot);
    if (!slot) return;
    const live = this.live();
    if (live && (live.weights[slot.name] ?? 0) > 0) return; // never stop a slot that serves traffic
    await this.stop(slot, release.version);
    this.writeSlots((r) => delete r[slot.name]);
  }

  private async route(weights: Record<string, number>): Promise<void> {
    if (this.options.mode === 'socket') return this.swap(weights);
    const file = this.options.upstreamFile as string;
    const entries = this.options.slots.filter((s) => (weights[s.name] ?? 0) > 0);
    const divisor = entries.reduce((g, s) => gcd(g, weights[s.name] ?? 0), 0) || 1;
    const lines = entries.map(
      (s) => `    server ${isSocket(s.address) ? `unix:${s.address}` : s.address}${entries.length > 1 ? ` weight=${(weights[s.name] ?? 0) / divisor}` : ''};`,
    );
    const content = [
      `# Managed by devops-actions deploy (environment ${this.options.environment}); edits here are overwritten.`,
      `# weights: ${this.options.slots.map((s) => `${s.name}=${weights[s.name] ?? 0}`).join(' ')}`,
      `upstream ${this.options.upstreamName} {`,
      ...lines,
      '}',
      '',
    ].join('\n');
    let original: Buffer | undefined;
    try {
      original = readFileSync(file);
    } catch {
      original = undefined;
    }
    if (original?.equals(Buffer.from(content))) return;
    const put = (bytes: Buffer | string) => {
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, bytes);
      renameSync(temp, file);
    };
    const undo = () => (original === undefined ? rmSync(file, { force: true }) : put(original));
    put(content);
    const test = await runCommand([...this.nginx, '-t'], { cwd: this.options.cwd, env: this.options.env, timeoutMs: 60_000 }).catch((error: unknown) => {
      undo();
      throw error;
    });
    if (test.code !== 0) {
      undo();
      const output = test.stderr.trim().split('\n').slice(-3).join(' / ');
      throw new UnchangedError(`nginx -t rejected the configuration, so ${file} was restored byte for byte and nothing was reloaded: ${output}`);
    }
    const reload = await runCommand([...this.nginx, '-s', 'reload'], { cwd: this.options.cwd, env: this.options.env, timeoutMs: 60_000 });
    if (reload.code !== 0) {
      undo();
      throw new UnchangedError(`nginx -s reload failed, so ${file} was restored: ${reload.stderr.trim().split('\n').slice(-3).join(' / ')}`);
    }
  }

  private swap(weights: Record<string, number>): Promise<void> {
    const live = this.options.liveSocket as string;
    const partial = Object.values(weights).filter((w) => w > 0 && w < 100);
    if (partial.length > 0)
      throw new ConfigurationError('nginx-mode', 'socket mode cannot split traffic; use nginx-mode: reload for canary steps below 100', 'reload');
    const slot = this.options.slots.find((s) => (weights[s.name] ?? 0) === 100);
    if (!slot) throw new CommandError('socket mode needs one slot with all traffic');
    try {
      if (resolve(dirname(live), readlinkSync(live)) === slot.address) return Promise.resolve();
    } catch {
      // no link yet
    }
    const temp = `${live}.${process.pid}.tmp`;
    rmSync(temp, { force: true });
    symlinkSync(slot.address, temp);
    renameSync(temp, live);
    return Promise.resolve();
  }
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export const nginxAdapter = defineAdapter(
  'nginx',
  {
    'nginx-mode': option.oneOf(['reload', 'socket'] as const, 'reload'),
    'nginx-slots': option.text(),
    'nginx-upstream-file': option.optional(),
    'nginx-upstream-name': option.text('app'),
    'nginx-live-socket': option.optional(),
    'nginx-command': option.text('nginx'),
    'start-command': option.text(),
    'stop-command': option.optional(),
  },
  (o, { config, verifier, env }) => {
    const mode = o['nginx-mode'];
    if (o['nginx-slots'] === '')
      throw new ConfigurationError(
        'nginx-slots',
        'is required with adapter: nginx',
        mode === 'socket' ? 'blue=/run/app/blue.sock,green=/run/app/green.sock' : 'blue=127.0.0.1:8081,green=127.0.0.1:8082',
      );
    return new NginxAdapter({
      mode,
      upstreamFile: o['nginx-upstream-file'],
      upstreamName: o['nginx-upstream-name'],
      liveSocket: o['nginx-live-socket'],
      slots: parseSlots('nginx-slots', o['nginx-slots'], mode, config.cwd),
      nginxCommand: o['nginx-command'],
      startCommand: o['start-command'],
      stopCommand: o['stop-command'],
      slotsFile: stateFiles(config).slots,
      environment: config.environment,
      verifier,
      readyTimeoutMs: config.readyTimeoutMs,
      cwd: config.cwd,
      env,
    });
  },
);
