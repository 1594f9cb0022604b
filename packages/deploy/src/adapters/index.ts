// Builds the configured adapter from the adapter options of the configuration.
import { ConfigurationError } from '@devops-actions/toolkit';
import { parseEnum } from '@devops-actions/toolkit';
import { stateFiles, type DeployConfig } from '../config.ts';
import type { Adapter, Verifier } from '../types.ts';
import { CommandAdapter } from './command.ts';
import { FlyAdapter } from './fly.ts';
import { HerokuAdapter } from './heroku.ts';
import { DEFAULT_SLOT_LABEL, KubernetesAdapter, KubernetesBlueGreenAdapter } from './kubernetes.ts';
import { NginxAdapter, parseSlots } from './nginx.ts';
import { NetlifyAdapter } from './netlify.ts';
import { VercelAdapter } from './vercel.ts';

export interface AdapterDeps {
  verifier: Verifier;
  /** The environment commands run with (and where platform credentials are read from). */
  env: Record<string, string | undefined>;
}

export function createAdapter(config: DeployConfig, deps: AdapterDeps): Adapter {
  const o = config.options;
  switch (config.adapter) {
    case 'command':
      return new CommandAdapter({
        deployCommand: o['deploy-command'] ?? '',
        rollbackCommand: o['rollback-command'] || undefined,
        statusCommand: o['status-command'] || undefined,
        environment: config.environment,
        cwd: config.cwd,
        env: deps.env,
        timeoutMs: config.stepTimeoutMs,
      });
    case 'nginx': {
      const mode = parseEnum('nginx-mode', o['nginx-mode'] || 'reload', ['reload', 'socket'] as const);
      if (!o['nginx-slots'])
        throw new ConfigurationError(
          'nginx-slots',
          'is required with adapter: nginx',
          mode === 'socket' ? 'blue=/run/app/blue.sock,green=/run/app/green.sock' : 'blue=127.0.0.1:8081,green=127.0.0.1:8082',
        );
      return new NginxAdapter({
        mode,
        upstreamFile: o['nginx-upstream-file'] || undefined,
        upstreamName: o['nginx-upstream-name'] || 'app',
        liveSocket: o['nginx-live-socket'] || undefined,
        slots: parseSlots('nginx-slots', o['nginx-slots'], mode, config.cwd),
        nginxCommand: o['nginx-command'] || 'nginx',
        startCommand: o['start-command'] ?? '',
        stopCommand: o['stop-command'] || undefined,
        slotsFile: stateFiles(config).slots,
        environment: config.environment,
        verifier: deps.verifier,
        readyTimeoutMs: config.readyTimeoutMs,
        cwd: config.cwd,
        env: deps.env,
      });
    }
    case 'kubernetes': {
      const deployment = o['k8s-deployment'] ?? '';
      const lease = o['k8s-lease'] || `${deployment}-deploy`;
      const options = {
        kubectl: o['kubectl-command'] || 'kubectl',
        deployment,
        container: o['k8s-container'] || deployment,
        image: o['k8s-image'] ?? '',
        namespace: o['k8s-namespace'] || undefined,
        context: o['k8s-context'] || undefined,
        lease: lease === 'off' ? undefined : lease,
        rolloutTimeoutMs: config.stepTimeoutMs,
        cwd: config.cwd,
        env: deps.env,
      };
      if (!o['k8s-service']) {
        if (config.strategy === 'blue-green')
          throw new ConfigurationError(
            'k8s-service',
            'is required for strategy: blue-green (the Service whose selector picks the blue or green Deployment)',
            'web',
          );
        for (const key of ['k8s-preview-service', 'k8s-preview-url'])
          if (o[key]) throw new ConfigurationError(key, 'needs k8s-service: blue-green switches that Service between two Deployments', 'web');
        return new KubernetesAdapter(options);
      }
      return new KubernetesBlueGreenAdapter({
        ...options,
        service: o['k8s-service'],
        slotLabel: o['k8s-slot-label'] || DEFAULT_SLOT_LABEL,
        previewService: o['k8s-preview-service'] || undefined,
        previewUrl: o['k8s-preview-url'] || undefined,
      });
    }
    case 'vercel':
      return new VercelAdapter({
        project: o['vercel-project'] ?? '',
        deployment: o['vercel-deployment'] ?? '',
        teamId: o['vercel-team-id'] || undefined,
        apiUrl: o['vercel-api-url'] || 'https://api.vercel.com',
        versionKey: o['vercel-version-key'] || 'version',
        readyTimeoutMs: config.readyTimeoutMs,
        env: deps.env,
      });
    case 'netlify':
      return new NetlifyAdapter({
        site: o['netlify-site'] ?? '',
        deploy: o['netlify-deploy'] ?? '',
        apiUrl: o['netlify-api-url'] || 'https://api.netlify.com/api/v1',
        versionFrom: parseEnum('netlify-version-from', o['netlify-version-from'] || 'commit_ref', ['commit_ref', 'title'] as const),
        readyTimeoutMs: config.readyTimeoutMs,
        env: deps.env,
      });
    case 'heroku':
      return new HerokuAdapter({
        app: o['heroku-app'] ?? '',
        slug: o['heroku-slug'] ?? '',
        apiUrl: o['heroku-api-url'] || 'https://api.heroku.com',
        releaseTimeoutMs: config.stepTimeoutMs,
        env: deps.env,
      });
    case 'fly':
      return new FlyAdapter({
        app: o['fly-app'] ?? '',
        image: o['fly-image'] ?? '',
        processGroup: o['fly-process-group'] || undefined,
        apiUrl: o['fly-api-url'] || 'https://api.machines.dev',
        startTimeoutMs: config.readyTimeoutMs,
        env: deps.env,
      });
    default: {
      // Every adapter the configuration accepts is built above; this is for a configuration made by hand.
      const unknown: never = config.adapter;
      throw new ConfigurationError('adapter', `"${String(unknown)}" is not an adapter`, 'nginx, command, kubernetes, vercel, netlify, heroku or fly');
    }
  }
}
