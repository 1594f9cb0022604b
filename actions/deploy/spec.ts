import { defineAction, input } from '@devops-actions/toolkit/runner';

// Values are handed to the deploy engine as written; it validates them all (with the same
// rules as the CLI's config file) before anything changes.
export const spec = defineAction({
  name: 'deploy',
  description: 'Blue-green, canary and direct deploys with settle checks, automated analysis and a verified, automatic rollback.',
  post: true,
  inputs: {
    version: input.optional({ description: 'The version identity the new release reports (header, JSON field or body). Required to deploy.' }),
    adapter: input.requiredString({ description: 'Where to deploy: command, nginx, kubernetes, vercel, netlify, heroku or fly.' }),
    strategy: input.string({ description: 'direct, blue-green or canary.', default: 'direct' }),
    action: input.string({ description: 'deploy, rollback (fast path back to the previous version) or promote (finish a paused canary).', default: 'deploy' }),
    environment: input.string({
      description: 'The environment name: the GitHub deployment environment and the name of the target lock and state.',
      default: 'production',
    }),
    url: input.optional({ description: 'The public URL users reach; checked after every traffic change and reported as environment-url.' }),
    'version-from': input.optional({
      description:
        'Where a running version reports its identity: header:NAME, json:PATH (a JSON path: version, $.build.version) or body. Required (fail closed).',
    }),
    'version-path': input.optional({ description: 'The path that reports the identity (default: health-path).' }),
    'health-path': input.string({ description: 'The health check path.', default: '/healthz' }),
    steps: input.string({ description: 'Canary traffic steps in percent, increasing and ending at 100.', default: '10,25,50,100' }),
    'settle-times': input.string({
      description: 'How many answers in a row must come from the expected version before a step counts as settled.',
      default: '3',
    }),
    'settle-timeout': input.string({ description: 'How long a traffic change may take to settle.', default: '60s' }),
    'ready-timeout': input.string({ description: 'How long a started version may take to become ready.', default: '60s' }),
    'drain-delay': input.string({ description: 'How long the previous version keeps running after the switch before it is stopped.', default: '5s' }),
    'keep-previous': input.optional({
      description: 'Keep the previous version running for an instant rollback (blue-green default 30m; 0s stops it after drain-delay).',
    }),
    analysis: input.optional({ description: 'Analysis sources, a YAML list: smoke, http-json, prometheus, nginx-log.' }),
    'analysis-interval': input.string({ description: 'Length of one analysis interval.', default: '30s' }),
    'analysis-count': input.string({ description: 'Analysis intervals per traffic step.', default: '1' }),
    'min-requests': input.string({ description: 'Fewer requests than this in an interval make it inconclusive.', default: '20' }),
    'max-error-rate': input.string({ description: 'The highest error rate an interval may have and pass.', default: '1%' }),
    'failure-limit': input.string({ description: 'Consecutive failing intervals that trigger a rollback.', default: '1' }),
    'on-inconclusive': input.string({ description: 'What an inconclusive step does: pause, rollback or promote.', default: 'pause' }),
    'analysis-mode': input.string({ description: 'enforce, or dry-run to report what analysis would have done without acting.', default: 'enforce' }),
    timeout: input.string({ description: 'Total time the deploy may take before it is rolled back.', default: '30m' }),
    'step-timeout': input.string({ description: 'Time one step may take before the deploy is rolled back.', default: '10m' }),
    lock: input.string({ description: 'When another deploy holds the target: wait or fail.', default: 'wait' }),
    'lock-timeout': input.string({ description: 'How long to wait for the target lock.', default: '10m' }),
    'lock-lease': input.string({
      description: 'How long a held target lock (lock file, Kubernetes Lease) lasts without renewal: a deploy that died is taken over after it.',
      default: '2m',
    }),
    'state-dir': input.optional({ description: 'Where the state and lock files live (on the target host for own servers).' }),
    'on-rollback-failure': input.optional({ description: 'A command to run when every rollback rung failed.' }),
    'deploy-command': input.optional({ description: 'command adapter: deploys DEPLOY_VERSION.' }),
    'rollback-command': input.optional({ description: 'command adapter: rolls back to DEPLOY_VERSION (default: deploy-command).' }),
    'status-command': input.optional({ description: 'command adapter: prints the version deployed now.' }),
    'nginx-mode': input.string({
      description: 'nginx adapter: reload (upstream file with weights) or socket (atomic unix-socket symlink swap, no reload).',
      default: 'reload',
    }),
    'nginx-slots': input.optional({ description: 'nginx adapter: the two slots, name=host:port or name=/path.sock.' }),
    'nginx-upstream-file': input.optional({ description: 'nginx adapter, reload mode: the upstream file nginx includes.' }),
    'nginx-upstream-name': input.string({ description: 'nginx adapter: the upstream block name.', default: 'app' }),
    'nginx-live-socket': input.optional({ description: 'nginx adapter, socket mode: the socket path nginx proxies to.' }),
    'nginx-command': input.string({ description: 'nginx adapter: how to run nginx (-t and -s reload are appended).', default: 'nginx' }),
    'start-command': input.optional({ description: 'nginx adapter: starts DEPLOY_VERSION in DEPLOY_SLOT at DEPLOY_ADDRESS.' }),
    'stop-command': input.optional({ description: 'nginx adapter: stops the version in DEPLOY_SLOT.' }),
    'kubectl-command': input.string({ description: 'kubernetes adapter: how to run kubectl.', default: 'kubectl' }),
    'k8s-deployment': input.optional({ description: 'kubernetes adapter: the Deployment to update.' }),
    'k8s-container': input.optional({ description: 'kubernetes adapter: the container whose image changes (default: the Deployment name).' }),
    'k8s-image': input.optional({ description: 'kubernetes adapter: the image, with {version} where the version goes.' }),
    'k8s-namespace': input.optional({ description: 'kubernetes adapter: the namespace.' }),
    'k8s-context': input.optional({ description: 'kubernetes adapter: the kubeconfig context.' }),
    'k8s-service': input.optional({
      description:
        "kubernetes adapter: the Service that takes user traffic. When set, each version runs in the Deployment <k8s-deployment>-blue or <k8s-deployment>-green, and a switch changes the Service's selector (blue-green).",
    }),
    'k8s-slot-label': input.string({
      description:
        "kubernetes adapter, blue-green: the label in the Service's selector (and on each slot's pods) whose value, blue or green, names the live Deployment.",
      default: 'devops-actions.dev/slot',
    }),
    'k8s-preview-service': input.optional({
      description: 'kubernetes adapter, blue-green: a Service the action points at the candidate, so it can be checked before it gets traffic.',
    }),
    'k8s-preview-url': input.optional({
      description: 'kubernetes adapter, blue-green: the URL that reaches k8s-preview-service, where the candidate is checked before any traffic moves.',
    }),
    'k8s-lease': input.optional({
      description:
        'kubernetes adapter: the coordination.k8s.io Lease that keeps deploys to this target one at a time across runners (default: <k8s-deployment>-deploy; off for none).',
    }),
    'vercel-project': input.optional({
      description: 'vercel adapter: the project (id or name). The API token is read from the VERCEL_TOKEN environment variable.',
    }),
    'vercel-deployment': input.optional({
      description: 'vercel adapter: the deployment to promote (id or URL), built beforehand, e.g. by `vercel deploy --prebuilt --meta version=…`.',
    }),
    'vercel-team-id': input.optional({ description: 'vercel adapter: the team the project belongs to.' }),
    'vercel-version-key': input.string({ description: "vercel adapter: the deployment's meta key that holds its version.", default: 'version' }),
    'vercel-api-url': input.string({ description: "vercel adapter: the API's address.", default: 'https://api.vercel.com' }),
    'netlify-site': input.optional({
      description: 'netlify adapter: the site (id, or its netlify.app domain). The API token is read from the NETLIFY_AUTH_TOKEN environment variable.',
    }),
    'netlify-deploy': input.optional({ description: 'netlify adapter: the deploy to publish (its id), built beforehand, e.g. by `netlify deploy --json`.' }),
    'netlify-version-from': input.string({
      description: 'netlify adapter: the deploy field that holds its version: commit_ref (git deploys) or title (`netlify deploy --message`).',
      default: 'commit_ref',
    }),
    'netlify-api-url': input.string({ description: "netlify adapter: the API's address.", default: 'https://api.netlify.com/api/v1' }),
    'heroku-app': input.optional({ description: 'heroku adapter: the app. The API key is read from the HEROKU_API_KEY environment variable.' }),
    'heroku-slug': input.optional({ description: 'heroku adapter: the slug to release (its id), built beforehand, e.g. by the Build API.' }),
    'heroku-api-url': input.string({ description: "heroku adapter: the API's address.", default: 'https://api.heroku.com' }),
    'fly-app': input.optional({ description: 'fly adapter: the app. The token is read from the FLY_API_TOKEN environment variable.' }),
    'fly-image': input.optional({
      description: 'fly adapter: the image, with {version} where the version goes (pushed beforehand, e.g. by `fly deploy --build-only --push`).',
    }),
    'fly-process-group': input.optional({ description: "fly adapter: only the Machines of this process group (default: all of the app's Machines)." }),
    'fly-api-url': input.string({ description: "fly adapter: the Machines API's address.", default: 'https://api.machines.dev' }),
    'github-deployment': input.enum(['create', 'use-existing', 'off'] as const, {
      description: 'Record a GitHub deployment: create, use-existing (the one an environment job made) or off.',
      default: 'create',
    }),
    'github-token': input.string({ description: 'Token for the GitHub Deployments API.', default: '${{ github.token }}', secret: true }),
    'report-file': input.optional({ description: 'Where to write the JSON report (default: in RUNNER_TEMP).' }),
  },
  outputs: {
    status: 'promoted, rolled-back, paused or failed.',
    version: 'The version deployed (or rolled back to, for action: rollback).',
    'previous-version': 'The version that served before.',
    'deployment-id': 'The GitHub deployment id (or the engine deployment id when github-deployment is off).',
    'environment-url': 'The public URL checked.',
    'rolled-back': 'true when traffic was moved back.',
    'report-file': 'The JSON report.',
  },
});

/** Inputs that are the action's own, not part of the engine configuration. */
export const ACTION_ONLY = new Set(['github-deployment', 'github-token', 'report-file']);
