// The built-in rules, as data. Each rule says what a credential looks like (`secret`, a
// regular expression of the value itself), which literal keywords must occur for it to be
// worth trying (the prefilter), and optionally a `context`: names one of which must be
// assigned the value, for formats without a distinctive prefix. The table in
// secret-scan/README.md is generated from this list.
import type { ChecksumKind } from './checksum.ts';

export type Severity = 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

export type Category =
  'cloud' | 'vcs' | 'ci' | 'payment' | 'messaging' | 'email' | 'monitoring' | 'ai' | 'database' | 'registry' | 'paas' | 'saas' | 'private-key' | 'generic';

/** How a rule is matched beyond its regular expression. */
export type RuleKind = 'token' | 'url' | 'private-key' | 'jwt' | 'generic' | 'pair';

export interface RuleDefinition {
  id: string;
  provider: string;
  category: Category;
  description: string;
  severity: Severity;
  /** Lower-case literals; the rule is only tried on text containing one of them. */
  keywords: string[];
  /** Regular expression (source) of the secret value. */
  secret: string;
  /** Names (lower-case literals) one of which must be assigned the value: `DATADOG_API_KEY=...`. */
  context?: string[];
  /** A full pattern (source) with a named group `secret`, replacing the derived one. */
  pattern?: string;
  kind?: RuleKind;
  checksum?: ChecksumKind;
  /** Minimum Shannon entropy (bits per character) of the value. */
  minEntropy?: number;
  /** For pair rules: the rule whose match must be within `window` lines. */
  pairWith?: string;
  window?: number;
}

const AN = '[A-Za-z0-9]';
const HEX = '[a-f0-9]';
const B64U = '[A-Za-z0-9_-]';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

type Extra = Partial<Pick<RuleDefinition, 'checksum' | 'minEntropy' | 'kind' | 'pattern' | 'pairWith' | 'window' | 'context'>>;

/** A token with a distinctive prefix. */
function tok(
  id: string,
  provider: string,
  category: Category,
  severity: Severity,
  description: string,
  keywords: string[],
  secret: string,
  extra: Extra = {},
): RuleDefinition {
  return { id, provider, category, severity, description, keywords, secret, ...extra };
}

/** A value recognisable only by the name it is assigned to. */
function named(
  id: string,
  provider: string,
  category: Category,
  severity: Severity,
  description: string,
  context: string[],
  secret: string,
  extra: Extra = {},
): RuleDefinition {
  return { id, provider, category, severity, description, keywords: context, context, secret, minEntropy: extra.minEntropy ?? 2.8, ...extra };
}

function url(id: string, provider: string, description: string, schemes: string[], severity: Severity = 'high'): RuleDefinition {
  const scheme = schemes.map((s) => s.replace(/[.+]/g, '\\$&')).join('|');
  return {
    id,
    provider,
    category: 'database',
    severity,
    description,
    keywords: schemes.map((s) => `${s}://`),
    secret: '[^\\s@/?#]{1,128}',
    kind: 'url',
    pattern: `(?<![A-Za-z0-9+.-])(?:${scheme})://(?<user>[^\\s:@/?#'"\`<>]{0,64}):(?<secret>[^\\s@/?#'"\`<>]{1,128})@(?<host>[A-Za-z0-9._~%-]+|\\[[0-9a-fA-F:.]+\\])`,
  };
}

function key(id: string, description: string, label: string, severity: Severity = 'high'): RuleDefinition {
  return {
    id,
    provider: 'Private key',
    category: 'private-key',
    severity,
    description,
    keywords: [`${label.toLowerCase()}-----`],
    secret: '',
    kind: 'private-key',
    pattern: `-----BEGIN ${label}-----`,
  };
}

export const RULES: readonly RuleDefinition[] = [
  // Cloud
  tok(
    'aws-access-key-id',
    'AWS',
    'cloud',
    'high',
    'AWS access key ID (long-term or temporary)',
    ['akia', 'asia', 'abia', 'acca'],
    `(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}`,
  ),
  named(
    'aws-secret-access-key',
    'AWS',
    'cloud',
    'high',
    'AWS secret access key assigned to a named variable',
    ['aws_secret', 'secret_access_key', 'awssecret', 'secretaccesskey', 'aws-secret'],
    `[A-Za-z0-9/+]{40}`,
    { minEntropy: 4 },
  ),
  tok('aws-key-pair', 'AWS', 'cloud', 'high', 'AWS access key ID with a 40-character secret within 5 lines', ['akia'], `[A-Za-z0-9/+]{40}`, {
    kind: 'pair',
    pairWith: 'aws-access-key-id',
    window: 5,
    minEntropy: 4.2,
  }),
  named('aws-session-token', 'AWS', 'cloud', 'medium', 'AWS session token', ['aws_session_token', 'awssessiontoken'], `[A-Za-z0-9/+=]{100,1000}`, {
    minEntropy: 4,
  }),
  tok('aws-appsync-api-key', 'AWS', 'cloud', 'medium', 'AWS AppSync API key', ['da2-'], `da2-[a-z0-9]{26}`),
  tok('gcp-api-key', 'Google Cloud', 'cloud', 'medium', 'Google API key (restrict it by API and referrer)', ['aiza'], `AIza[0-9A-Za-z_-]{35}`),
  named(
    'gcp-service-account-key-id',
    'Google Cloud',
    'cloud',
    'high',
    'Google Cloud service account key (private_key_id of a JSON key file)',
    ['private_key_id'],
    `${HEX}{40}`,
  ),
  tok('gcp-oauth-client-secret', 'Google Cloud', 'cloud', 'high', 'Google OAuth client secret', ['gocspx-'], `GOCSPX-${B64U}{28}`),
  tok('gcp-oauth-access-token', 'Google Cloud', 'cloud', 'medium', 'Google OAuth access token', ['ya29.'], `ya29\\.${B64U}{40,200}`),
  named(
    'azure-storage-account-key',
    'Azure',
    'cloud',
    'high',
    'Azure storage account key',
    ['accountkey', 'azure_storage_key', 'azure_storage_account_key'],
    `[A-Za-z0-9+/]{86}==`,
  ),
  tok(
    'azure-ad-client-secret',
    'Azure',
    'cloud',
    'high',
    'Microsoft Entra ID (Azure AD) client secret',
    ['q~'],
    `[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}`,
  ),
  named(
    'azure-devops-pat',
    'Azure',
    'ci',
    'high',
    'Azure DevOps personal access token',
    ['azure_devops', 'azuredevops', 'ado_pat', 'azure_pat', 'system_accesstoken'],
    `[a-z2-7]{52}`,
  ),
  named('azure-sas-signature', 'Azure', 'cloud', 'high', 'Azure shared access signature', ['sharedaccesssignature', 'sig='], `[A-Za-z0-9%+/]{43,60}(?:%3D|=)`),
  named('azure-service-bus-key', 'Azure', 'cloud', 'high', 'Azure Service Bus / Event Hubs shared access key', ['sharedaccesskey'], `[A-Za-z0-9+/]{43}=`),
  tok('alibaba-access-key-id', 'Alibaba Cloud', 'cloud', 'high', 'Alibaba Cloud AccessKey ID', ['ltai'], `LTAI${AN}{20}`),
  named('alibaba-access-key-secret', 'Alibaba Cloud', 'cloud', 'high', 'Alibaba Cloud AccessKey secret', ['alibaba', 'aliyun', 'alicloud'], `${AN}{30}`, {
    minEntropy: 3.5,
  }),
  tok('tencent-secret-id', 'Tencent Cloud', 'cloud', 'high', 'Tencent Cloud SecretId', ['akid'], `AKID${AN}{32}`),
  named('ibm-cloud-api-key', 'IBM Cloud', 'cloud', 'high', 'IBM Cloud IAM API key', ['ibm_cloud', 'ibmcloud', 'ibm_api', 'ic_api_key'], `${B64U}{44}`, {
    minEntropy: 3.5,
  }),
  tok('digitalocean-pat', 'DigitalOcean', 'cloud', 'high', 'DigitalOcean personal access token', ['dop_v1_'], `dop_v1_${HEX}{64}`),
  tok('digitalocean-oauth-token', 'DigitalOcean', 'cloud', 'high', 'DigitalOcean OAuth token', ['doo_v1_'], `doo_v1_${HEX}{64}`),
  tok('digitalocean-refresh-token', 'DigitalOcean', 'cloud', 'high', 'DigitalOcean OAuth refresh token', ['dor_v1_'], `dor_v1_${HEX}{64}`),
  named('linode-token', 'Linode', 'cloud', 'high', 'Linode (Akamai) API token', ['linode'], `${HEX}{64}`),
  named('vultr-api-key', 'Vultr', 'cloud', 'high', 'Vultr API key', ['vultr'], `[A-Z0-9]{36}`),
  named('hetzner-api-token', 'Hetzner', 'cloud', 'high', 'Hetzner Cloud API token', ['hetzner', 'hcloud'], `${AN}{64}`, { minEntropy: 3.5 }),
  named('scaleway-secret-key', 'Scaleway', 'cloud', 'high', 'Scaleway secret key', ['scaleway', 'scw_secret'], UUID),
  named('cloudflare-api-token', 'Cloudflare', 'cloud', 'high', 'Cloudflare API token', ['cloudflare', 'cf_api_token', 'cf_token'], `${B64U}{40}`, {
    minEntropy: 3.5,
  }),
  named('cloudflare-global-api-key', 'Cloudflare', 'cloud', 'high', 'Cloudflare global API key', ['cloudflare', 'cf_api_key', 'x-auth-key'], `${HEX}{37}`),
  tok('cloudflare-origin-ca-key', 'Cloudflare', 'cloud', 'high', 'Cloudflare Origin CA key', ['v1.0-'], `v1\\.0-${HEX}{24}-${HEX}{146}`),
  named('fastly-api-token', 'Fastly', 'cloud', 'high', 'Fastly API token', ['fastly'], `${B64U}{32}`, { minEntropy: 3.5 }),
  named('akamai-client-secret', 'Akamai', 'cloud', 'high', 'Akamai EdgeGrid client secret', ['client_secret', 'akamai'], `[A-Za-z0-9+/]{43}=`),
  tok('hashicorp-vault-service-token', 'HashiCorp Vault', 'cloud', 'high', 'HashiCorp Vault service token', ['hvs.'], `hvs\\.${B64U}{90,120}`),
  tok('hashicorp-vault-batch-token', 'HashiCorp Vault', 'cloud', 'high', 'HashiCorp Vault batch token', ['hvb.'], `hvb\\.${B64U}{138,300}`),
  tok(
    'terraform-cloud-token',
    'Terraform Cloud',
    'cloud',
    'high',
    'Terraform Cloud / HCP Terraform API token',
    ['.atlasv1.'],
    `${AN}{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}`,
  ),
  tok('pulumi-access-token', 'Pulumi', 'cloud', 'high', 'Pulumi access token', ['pul-'], `pul-${HEX}{40}`),
  tok(
    'doppler-token',
    'Doppler',
    'paas',
    'high',
    'Doppler service, personal, CLI or SCIM token',
    ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    `dp\\.(?:pt|st|sa|ct|scim|audit)\\.${AN}{43}`,
  ),
  tok(
    'infisical-token',
    'Infisical',
    'paas',
    'high',
    'Infisical service token',
    ['st.'],
    `st\\.${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}\\.${HEX}{32}\\.${HEX}{32}`,
  ),
  tok('heroku-api-key-v2', 'Heroku', 'paas', 'high', 'Heroku API key (HRKU- format)', ['hrku-'], `HRKU-${B64U}{60}`),
  named('heroku-api-key', 'Heroku', 'paas', 'high', 'Heroku API key (UUID assigned to a Heroku variable)', ['heroku'], UUID),
  named('vercel-token', 'Vercel', 'paas', 'high', 'Vercel access token', ['vercel'], `${AN}{24}`, { minEntropy: 3.5 }),
  tok('netlify-pat', 'Netlify', 'paas', 'high', 'Netlify personal access token (nfp_)', ['nfp_'], `nfp_${AN}{36}`),
  named('netlify-token', 'Netlify', 'paas', 'high', 'Netlify access token assigned to a Netlify variable', ['netlify'], `${B64U}{43}`, { minEntropy: 3.5 }),
  tok('flyio-token', 'Fly.io', 'paas', 'high', 'Fly.io access token', ['fo1_', 'fm1r_', 'fm2_'], `(?:fo1|fm1r|fm2)_${B64U}{43}`),
  tok('render-api-key', 'Render', 'paas', 'high', 'Render API key', ['rnd_'], `rnd_${AN}{32}`),
  named('railway-token', 'Railway', 'paas', 'high', 'Railway API token', ['railway'], UUID),
  tok('supabase-pat', 'Supabase', 'database', 'high', 'Supabase personal access token', ['sbp_'], `sbp_${HEX}{40}`),
  tok('supabase-secret-key', 'Supabase', 'database', 'high', 'Supabase secret API key', ['sb_secret_'], `sb_secret_${B64U}{31}`),
  tok('planetscale-password', 'PlanetScale', 'database', 'high', 'PlanetScale database password', ['pscale_pw_'], `pscale_pw_[A-Za-z0-9_.-]{43}`),
  tok('planetscale-token', 'PlanetScale', 'database', 'high', 'PlanetScale service token', ['pscale_tkn_'], `pscale_tkn_[A-Za-z0-9_.-]{43}`),
  tok('planetscale-oauth-token', 'PlanetScale', 'database', 'high', 'PlanetScale OAuth token', ['pscale_oauth_'], `pscale_oauth_[A-Za-z0-9_.-]{32,64}`),
  tok('neon-api-key', 'Neon', 'database', 'high', 'Neon API key', ['napi_'], `napi_[a-z0-9]{64}`),
  tok('databricks-token', 'Databricks', 'database', 'high', 'Databricks personal access token', ['dapi'], `dapi${HEX}{32}`),
  named(
    'mongodb-atlas-private-key',
    'MongoDB Atlas',
    'database',
    'high',
    'MongoDB Atlas API private key',
    ['atlas_private_key', 'mongodb_atlas', 'atlasprivatekey'],
    UUID,
  ),
  named('algolia-admin-key', 'Algolia', 'saas', 'high', 'Algolia admin API key', ['algolia'], `${HEX}{32}`),
  // VCS
  tok('github-pat', 'GitHub', 'vcs', 'high', 'GitHub personal access token (classic)', ['ghp_'], `ghp_${AN}{36}`, { checksum: 'crc32-base62' }),
  tok('github-oauth-token', 'GitHub', 'vcs', 'high', 'GitHub OAuth access token', ['gho_'], `gho_${AN}{36}`, { checksum: 'crc32-base62' }),
  tok('github-user-to-server-token', 'GitHub', 'vcs', 'high', 'GitHub App user-to-server token', ['ghu_'], `ghu_${AN}{36}`, { checksum: 'crc32-base62' }),
  tok('github-server-to-server-token', 'GitHub', 'vcs', 'high', 'GitHub App installation (server-to-server) token', ['ghs_'], `ghs_${AN}{36}`, {
    checksum: 'crc32-base62',
  }),
  tok('github-refresh-token', 'GitHub', 'vcs', 'high', 'GitHub App refresh token', ['ghr_'], `ghr_${AN}{36,76}`),
  tok('github-fine-grained-pat', 'GitHub', 'vcs', 'high', 'GitHub fine-grained personal access token', ['github_pat_'], `github_pat_${AN}{22}_${AN}{59}`),
  tok('gitlab-pat', 'GitLab', 'vcs', 'high', 'GitLab personal, project or group access token', ['glpat-'], `glpat-${B64U}{20,64}`),
  tok('gitlab-pipeline-trigger-token', 'GitLab', 'ci', 'high', 'GitLab pipeline trigger token', ['glptt-'], `glptt-${HEX}{40}`),
  tok('gitlab-runner-registration-token', 'GitLab', 'ci', 'high', 'GitLab runner registration token', ['gr1348941'], `GR1348941${B64U}{20}`),
  tok('gitlab-runner-auth-token', 'GitLab', 'ci', 'high', 'GitLab runner authentication token', ['glrt-'], `glrt-${B64U}{20,64}`),
  tok('gitlab-deploy-token', 'GitLab', 'vcs', 'high', 'GitLab deploy token', ['gldt-'], `gldt-${B64U}{20}`),
  tok('gitlab-feed-token', 'GitLab', 'vcs', 'medium', 'GitLab feed token', ['glft-'], `glft-${B64U}{20}`),
  tok('gitlab-oauth-app-secret', 'GitLab', 'vcs', 'high', 'GitLab OAuth application secret', ['gloas-'], `gloas-${B64U}{64}`),
  tok('gitlab-scim-token', 'GitLab', 'vcs', 'high', 'GitLab SCIM token', ['glsoat-'], `glsoat-${B64U}{20}`),
  tok('gitlab-cicd-job-token', 'GitLab', 'ci', 'high', 'GitLab CI/CD job token', ['glcbt-'], `glcbt-${HEX}{1,5}_${B64U}{20}`),
  tok('gitlab-agent-token', 'GitLab', 'ci', 'high', 'GitLab agent for Kubernetes token', ['glagent-'], `glagent-${B64U}{50}`),
  tok('bitbucket-app-password', 'Bitbucket', 'vcs', 'high', 'Bitbucket app password / API token', ['atbb'], `ATBB${AN}{32}`),
  named('bitbucket-client-secret', 'Bitbucket', 'vcs', 'high', 'Bitbucket OAuth consumer secret', ['bitbucket'], `${AN}{32}`, { minEntropy: 3.5 }),
  tok('atlassian-api-token', 'Atlassian', 'saas', 'high', 'Atlassian (Jira, Confluence) API token', ['atatt3'], `ATATT3[A-Za-z0-9_=-]{186}`),
  named(
    'atlassian-api-token-legacy',
    'Atlassian',
    'saas',
    'high',
    'Atlassian legacy API token assigned to a Jira or Confluence variable',
    ['jira_api_token', 'jira_token', 'confluence_token', 'atlassian'],
    `${AN}{24}`,
    { minEntropy: 3.5 },
  ),
  tok('sourcegraph-token', 'Sourcegraph', 'vcs', 'high', 'Sourcegraph access token', ['sgp_'], `sgp_(?:${HEX}{16}|local)_${HEX}{40}`),
  tok('gitea-token', 'Gitea', 'vcs', 'high', 'Gitea access token assigned to a Gitea variable', ['gitea'], `${HEX}{40}`, { context: ['gitea'] }),
  // CI
  tok('circleci-pat', 'CircleCI', 'ci', 'high', 'CircleCI personal API token', ['ccipat_'], `CCIPAT_${AN}{22}_${HEX}{40}`),
  named('circleci-token', 'CircleCI', 'ci', 'high', 'CircleCI API token assigned to a CircleCI variable', ['circleci', 'circle_token'], `${HEX}{40}`),
  named('travis-ci-token', 'Travis CI', 'ci', 'high', 'Travis CI API token', ['travis'], `${B64U}{22}`, { minEntropy: 3.5 }),
  tok('buildkite-token', 'Buildkite', 'ci', 'high', 'Buildkite API access token', ['bkua_'], `bkua_${HEX}{40}`),
  named('drone-ci-token', 'Drone', 'ci', 'high', 'Drone CI token', ['drone_token', 'drone'], `${AN}{32}`, { minEntropy: 3.5 }),
  named('jenkins-api-token', 'Jenkins', 'ci', 'high', 'Jenkins API token', ['jenkins'], `11${HEX}{32}`),
  named('codecov-token', 'Codecov', 'ci', 'medium', 'Codecov upload token', ['codecov'], UUID),
  tok('sonar-token', 'SonarQube', 'ci', 'high', 'SonarQube / SonarCloud token', ['sqp_', 'sqa_', 'squ_'], `sq[pau]_${HEX}{40}`),
  named('snyk-token', 'Snyk', 'ci', 'high', 'Snyk API token', ['snyk'], UUID),
  tok('octopus-deploy-api-key', 'Octopus Deploy', 'ci', 'high', 'Octopus Deploy API key', ['api-'], `API-[A-Z0-9]{26}`),
  tok('harness-pat', 'Harness', 'ci', 'high', 'Harness personal access token', ['pat.'], `pat\\.${B64U}{22}\\.${HEX}{24}\\.${AN}{20}`),
  tok('jfrog-api-key', 'JFrog', 'registry', 'high', 'JFrog Artifactory API key', ['akcp'], `AKCp${AN}{69}`),
  tok('jfrog-identity-token', 'JFrog', 'registry', 'high', 'JFrog identity / reference token', ['cmvmdgtu'], `cmVmdGtu${AN}{56}`),
  tok('docker-hub-pat', 'Docker Hub', 'registry', 'high', 'Docker Hub personal access token', ['dckr_pat_'], `dckr_pat_${B64U}{27}`),
  tok('grafana-api-key', 'Grafana', 'monitoring', 'high', 'Grafana API key', ['eyjrijoi'], `eyJrIjoi${AN}{70,400}={0,2}`),
  tok('grafana-cloud-token', 'Grafana', 'monitoring', 'high', 'Grafana Cloud access policy token', ['glc_'], `glc_[A-Za-z0-9+/]{32,400}={0,2}`),
  tok('grafana-service-account-token', 'Grafana', 'monitoring', 'high', 'Grafana service account token', ['glsa_'], `glsa_${AN}{32}_${HEX}{8}`),
  // Payment
  tok('stripe-secret-key', 'Stripe', 'payment', 'high', 'Stripe live secret key', ['sk_live_'], `sk_live_${AN}{24,99}`),
  tok('stripe-test-secret-key', 'Stripe', 'payment', 'low', 'Stripe test-mode secret key', ['sk_test_'], `sk_test_${AN}{24,99}`),
  tok('stripe-restricted-key', 'Stripe', 'payment', 'high', 'Stripe restricted key', ['rk_live_', 'rk_test_'], `rk_(?:live|test)_${AN}{24,99}`),
  tok('stripe-webhook-secret', 'Stripe', 'payment', 'high', 'Stripe webhook signing secret', ['whsec_'], `whsec_${AN}{32,64}`),
  tok('square-access-token', 'Square', 'payment', 'high', 'Square access token', ['eaaa'], `EAAA${B64U}{60}`),
  tok('square-oauth-secret', 'Square', 'payment', 'high', 'Square OAuth secret', ['sq0csp-'], `sq0csp-${B64U}{43}`),
  tok('square-legacy-token', 'Square', 'payment', 'high', 'Square legacy access token', ['sq0atp-'], `sq0atp-${B64U}{22}`),
  tok(
    'braintree-access-token',
    'PayPal Braintree',
    'payment',
    'high',
    'PayPal Braintree access token',
    ['access_token$production$'],
    `access_token\\$production\\$[a-z0-9]{16}\\$${HEX}{32}`,
  ),
  named('paypal-client-secret', 'PayPal', 'payment', 'high', 'PayPal REST client secret', ['paypal'], `${B64U}{80}`, { minEntropy: 3.5 }),
  tok('razorpay-key', 'Razorpay', 'payment', 'high', 'Razorpay live key ID', ['rzp_live_'], `rzp_live_${AN}{14}`),
  tok('flutterwave-secret-key', 'Flutterwave', 'payment', 'high', 'Flutterwave secret key', ['flwseck-', 'flwseck_test-'], `FLWSECK(?:_TEST)?-${HEX}{32}-X`),
  tok(
    'plaid-access-token',
    'Plaid',
    'payment',
    'high',
    'Plaid access token',
    ['access-production-', 'access-development-', 'access-sandbox-'],
    `access-(?:production|development|sandbox)-${UUID}`,
  ),
  named('plaid-secret', 'Plaid', 'payment', 'high', 'Plaid secret', ['plaid'], `[a-f0-9]{30}`),
  tok('shopify-access-token', 'Shopify', 'saas', 'high', 'Shopify Admin API access token', ['shpat_'], `shpat_[a-fA-F0-9]{32}`),
  tok('shopify-shared-secret', 'Shopify', 'saas', 'high', 'Shopify app shared secret', ['shpss_'], `shpss_[a-fA-F0-9]{32}`),
  tok('shopify-custom-app-token', 'Shopify', 'saas', 'high', 'Shopify custom app access token', ['shpca_'], `shpca_[a-fA-F0-9]{32}`),
  tok('shopify-private-app-token', 'Shopify', 'saas', 'high', 'Shopify private app access token', ['shppa_'], `shppa_[a-fA-F0-9]{32}`),
  named('coinbase-api-secret', 'Coinbase', 'payment', 'high', 'Coinbase API secret', ['coinbase'], `${AN}{32}`, { minEntropy: 3.5 }),
  // Messaging
  tok('slack-bot-token', 'Slack', 'messaging', 'high', 'Slack bot token', ['xoxb-'], `xoxb-[0-9]{10,13}-[0-9]{10,13}-${AN}{24}`),
  tok('slack-user-token', 'Slack', 'messaging', 'high', 'Slack user token', ['xoxp-'], `xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-${HEX}{32}`),
  tok('slack-app-token', 'Slack', 'messaging', 'high', 'Slack app-level token', ['xapp-'], `xapp-1-[A-Z0-9]{9,12}-[0-9]{10,13}-${HEX}{64}`),
  tok('slack-config-token', 'Slack', 'messaging', 'high', 'Slack configuration token', ['xoxe.xox'], `xoxe\\.xox[bp]-1-${AN}{163,166}`),
  tok(
    'slack-legacy-token',
    'Slack',
    'messaging',
    'high',
    'Slack legacy workspace or bot token',
    ['xoxa-', 'xoxr-', 'xoxs-', 'xoxo-'],
    `xox[aros]-[0-9]{10,13}-[0-9]{10,13}-${AN}{10,48}`,
  ),
  tok(
    'slack-webhook-url',
    'Slack',
    'messaging',
    'high',
    'Slack incoming webhook URL',
    ['hooks.slack.com/'],
    `https://hooks\\.slack\\.com/(?:services|workflows|triggers)/T[A-Z0-9]{8,12}/[AB][A-Z0-9]{8,12}/${AN}{24,32}`,
  ),
  tok(
    'discord-webhook-url',
    'Discord',
    'messaging',
    'high',
    'Discord webhook URL',
    ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'],
    `https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/${B64U}{68}`,
  ),
  named('discord-bot-token', 'Discord', 'messaging', 'high', 'Discord bot token', ['discord'], `[MNO]${B64U}{23,25}\\.${B64U}{6}\\.${B64U}{27,38}`),
  tok('telegram-bot-token', 'Telegram', 'messaging', 'high', 'Telegram bot token', [':aa'], `[0-9]{8,10}:AA${B64U}{33}`),
  named('twilio-api-key', 'Twilio', 'messaging', 'high', 'Twilio API key SID with its secret nearby', ['twilio'], `SK${HEX}{32}`),
  named('twilio-auth-token', 'Twilio', 'messaging', 'high', 'Twilio auth token', ['twilio'], `${HEX}{32}`),
  tok(
    'microsoft-teams-webhook',
    'Microsoft Teams',
    'messaging',
    'high',
    'Microsoft Teams incoming webhook URL',
    ['webhook.office.com/'],
    `https://[a-z0-9-]{1,40}\\.webhook\\.office\\.com/webhookb2/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/${HEX}{32}/[a-f0-9-]{36}`,
  ),
  named('pusher-secret', 'Pusher', 'messaging', 'high', 'Pusher Channels app secret', ['pusher'], `${HEX}{20}`),
  named('intercom-token', 'Intercom', 'messaging', 'high', 'Intercom access token', ['intercom'], `[A-Za-z0-9=_-]{60}`, { minEntropy: 3.5 }),
  named('vonage-api-secret', 'Vonage', 'messaging', 'high', 'Vonage (Nexmo) API secret', ['nexmo', 'vonage'], `${AN}{16}`, { minEntropy: 3.3 }),
  named('messagebird-api-key', 'MessageBird', 'messaging', 'high', 'MessageBird (Bird) API key', ['messagebird'], `${AN}{25}`, { minEntropy: 3.5 }),
  named('zendesk-api-token', 'Zendesk', 'saas', 'high', 'Zendesk API token', ['zendesk'], `${AN}{40}`, { minEntropy: 3.5 }),
  tok(
    'line-channel-token',
    'LINE',
    'messaging',
    'high',
    'LINE channel access token assigned to a LINE variable',
    ['line_channel'],
    `[A-Za-z0-9+/]{171,172}=?`,
    { context: ['line_channel'] },
  ),
  // Email
  tok('sendgrid-api-key', 'SendGrid', 'email', 'high', 'SendGrid API key', ['sg.'], `SG\\.${B64U}{22}\\.${B64U}{43}`),
  tok('mailgun-api-key', 'Mailgun', 'email', 'high', 'Mailgun private API key', ['key-'], `key-${HEX}{32}`),
  named(
    'mailgun-private-key',
    'Mailgun',
    'email',
    'high',
    'Mailgun API key (new format) assigned to a Mailgun variable',
    ['mailgun'],
    `${HEX}{32}-${HEX}{8}-${HEX}{8}`,
  ),
  tok('mailchimp-api-key', 'Mailchimp', 'email', 'high', 'Mailchimp API key', ['-us'], `${HEX}{32}-us[0-9]{1,2}`),
  named('postmark-token', 'Postmark', 'email', 'high', 'Postmark server or account token', ['postmark'], UUID),
  named('mandrill-api-key', 'Mandrill', 'email', 'high', 'Mandrill API key', ['mandrill'], `${B64U}{22}`, { minEntropy: 3.5 }),
  tok('brevo-api-key', 'Brevo', 'email', 'high', 'Brevo (Sendinblue) API key', ['xkeysib-'], `xkeysib-${HEX}{64}-${AN}{16}`),
  tok('brevo-smtp-key', 'Brevo', 'email', 'high', 'Brevo (Sendinblue) SMTP key', ['xsmtpsib-'], `xsmtpsib-${HEX}{64}-${AN}{16}`),
  named('mailjet-secret', 'Mailjet', 'email', 'high', 'Mailjet API secret key', ['mailjet'], `${HEX}{32}`),
  tok('resend-api-key', 'Resend', 'email', 'high', 'Resend API key', ['re_'], `re_${AN}{8}_${AN}{24}`),
  named('sparkpost-api-key', 'SparkPost', 'email', 'high', 'SparkPost API key', ['sparkpost'], `${HEX}{40}`),
  tok('aws-ses-smtp-password', 'AWS', 'email', 'high', 'Amazon SES SMTP password assigned to an SES variable', ['ses_smtp'], `B[A-Za-z0-9/+]{43}`, {
    context: ['ses_smtp'],
  }),
  // Monitoring
  named('datadog-api-key', 'Datadog', 'monitoring', 'high', 'Datadog API key', ['datadog', 'dd_api_key', 'dd-api-key'], `${HEX}{32}`),
  named(
    'datadog-app-key',
    'Datadog',
    'monitoring',
    'high',
    'Datadog application key',
    ['dd_app_key', 'datadog_app', 'dd-application-key', 'dd_application_key'],
    `${HEX}{40}`,
  ),
  tok('sentry-org-token', 'Sentry', 'monitoring', 'high', 'Sentry organisation auth token', ['sntrys_'], `sntrys_eyJ[A-Za-z0-9+/=_-]{80,300}`),
  tok('sentry-user-token', 'Sentry', 'monitoring', 'high', 'Sentry user auth token', ['sntryu_'], `sntryu_${HEX}{64}`),
  named('sentry-auth-token', 'Sentry', 'monitoring', 'high', 'Sentry legacy auth token', ['sentry_auth_token', 'sentry_token'], `${HEX}{64}`),
  tok('new-relic-user-key', 'New Relic', 'monitoring', 'high', 'New Relic user API key', ['nrak-'], `NRAK-[A-Z0-9]{27}`),
  tok('new-relic-insert-key', 'New Relic', 'monitoring', 'high', 'New Relic insights insert key', ['nrii-'], `NRII-${B64U}{32}`),
  tok('new-relic-license-key', 'New Relic', 'monitoring', 'high', 'New Relic ingest license key', ['nral'], `${HEX}{36}NRAL`),
  tok('honeycomb-api-key', 'Honeycomb', 'monitoring', 'high', 'Honeycomb API key', ['hcaik_', 'hcxik_', 'hcxmk_'], `hc(?:aik|xik|xmk)_[a-z0-9]{58}`),
  named('pagerduty-token', 'PagerDuty', 'monitoring', 'high', 'PagerDuty API token', ['pagerduty'], `[A-Za-z0-9_+-]{20}`, { minEntropy: 3.5 }),
  named('opsgenie-api-key', 'Opsgenie', 'monitoring', 'high', 'Opsgenie API key', ['opsgenie'], UUID),
  tok('dynatrace-token', 'Dynatrace', 'monitoring', 'high', 'Dynatrace API token', ['dt0c01.'], `dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}`),
  named(
    'splunk-hec-token',
    'Splunk',
    'monitoring',
    'high',
    'Splunk HTTP Event Collector token',
    ['splunk'],
    `[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}`,
  ),
  named('rollbar-token', 'Rollbar', 'monitoring', 'high', 'Rollbar access token', ['rollbar'], `${HEX}{32}`),
  named('bugsnag-api-key', 'Bugsnag', 'monitoring', 'medium', 'Bugsnag API key', ['bugsnag'], `${HEX}{32}`),
  named('sumologic-access-key', 'Sumo Logic', 'monitoring', 'high', 'Sumo Logic access key', ['sumologic', 'sumo_access'], `${AN}{64}`, { minEntropy: 3.5 }),
  named('logzio-token', 'Logz.io', 'monitoring', 'high', 'Logz.io shipping or API token', ['logzio', 'logz_io'], `${AN}{32}`, { minEntropy: 3.5 }),
  tok('launchdarkly-sdk-key', 'LaunchDarkly', 'monitoring', 'high', 'LaunchDarkly server-side SDK key', ['sdk-'], `sdk-${UUID}`),
  tok('launchdarkly-access-token', 'LaunchDarkly', 'monitoring', 'high', 'LaunchDarkly API access token', ['api-'], `api-${UUID}`),
  tok('posthog-personal-key', 'PostHog', 'monitoring', 'high', 'PostHog personal API key', ['phx_'], `phx_${AN}{43}`),
  named('newrelic-api-key-legacy', 'New Relic', 'monitoring', 'high', 'New Relic legacy REST API key', ['newrelic_api_key', 'new_relic_api_key'], `${HEX}{47}`),
  // AI
  tok(
    'openai-api-key',
    'OpenAI',
    'ai',
    'high',
    'OpenAI API key (user, project, service account or admin)',
    ['t3blbkfj'],
    `sk-(?:proj-|svcacct-|admin-)?${B64U}{20,156}T3BlbkFJ${B64U}{20,156}`,
  ),
  tok('anthropic-api-key', 'Anthropic', 'ai', 'high', 'Anthropic API key', ['sk-ant-api03-'], `sk-ant-api03-${B64U}{93}AA`),
  tok('anthropic-admin-key', 'Anthropic', 'ai', 'high', 'Anthropic Admin API key', ['sk-ant-admin01-'], `sk-ant-admin01-${B64U}{93}AA`),
  tok('huggingface-token', 'Hugging Face', 'ai', 'high', 'Hugging Face user access token', ['hf_'], `hf_[A-Za-z]{34}`),
  tok('huggingface-org-token', 'Hugging Face', 'ai', 'high', 'Hugging Face organisation API token', ['api_org_'], `api_org_[A-Za-z]{34}`),
  named('cohere-api-key', 'Cohere', 'ai', 'high', 'Cohere API key', ['cohere', 'co_api_key'], `${AN}{40}`, { minEntropy: 3.5 }),
  tok('replicate-api-token', 'Replicate', 'ai', 'high', 'Replicate API token', ['r8_'], `r8_${AN}{37}`),
  tok('groq-api-key', 'Groq', 'ai', 'high', 'Groq API key', ['gsk_'], `gsk_${AN}{52}`),
  named('mistral-api-key', 'Mistral AI', 'ai', 'high', 'Mistral AI API key', ['mistral'], `${AN}{32}`, { minEntropy: 3.5 }),
  tok('perplexity-api-key', 'Perplexity', 'ai', 'high', 'Perplexity API key', ['pplx-'], `pplx-${AN}{48}`),
  tok('xai-api-key', 'xAI', 'ai', 'high', 'xAI (Grok) API key', ['xai-'], `xai-${AN}{80}`),
  named('deepseek-api-key', 'DeepSeek', 'ai', 'high', 'DeepSeek API key', ['deepseek'], `sk-${HEX}{32}`),
  named('together-api-key', 'Together AI', 'ai', 'high', 'Together AI API key', ['together_api_key', 'together_key'], `${HEX}{64}`),
  tok('elevenlabs-api-key', 'ElevenLabs', 'ai', 'high', 'ElevenLabs API key', ['sk_'], `sk_${HEX}{48}`),
  tok('pinecone-api-key', 'Pinecone', 'ai', 'high', 'Pinecone API key', ['pcsk_'], `pcsk_${AN}{5,6}_${AN}{63}`),
  tok('langsmith-api-key', 'LangSmith', 'ai', 'high', 'LangSmith API key', ['lsv2_pt_', 'lsv2_sk_'], `lsv2_(?:pt|sk)_${HEX}{32}_${HEX}{10}`),
  named('assemblyai-api-key', 'AssemblyAI', 'ai', 'high', 'AssemblyAI API key', ['assemblyai'], `${HEX}{32}`),
  // Package registries
  tok('npm-access-token', 'npm', 'registry', 'high', 'npm access token', ['npm_'], `npm_${AN}{36}`, { checksum: 'crc32-base62' }),
  named(
    'npmrc-auth-token',
    'npm',
    'registry',
    'high',
    'Registry auth token in an .npmrc (_authToken)',
    ['_authtoken'],
    `(?:${UUID}|[A-Za-z0-9+/_.=-]{30,200})`,
    { minEntropy: 3.2 },
  ),
  tok('pypi-token', 'PyPI', 'registry', 'high', 'PyPI upload token', ['pypi-ageichlwas5vcmc'], `pypi-AgEIcHlwaS5vcmc${B64U}{50,250}`),
  tok('test-pypi-token', 'PyPI', 'registry', 'medium', 'TestPyPI upload token', ['pypi-agendgvzdc5wexbplm9yzw'], `pypi-AgENdGVzdC5weXBpLm9yZw${B64U}{50,250}`),
  tok('rubygems-api-key', 'RubyGems', 'registry', 'high', 'RubyGems API key', ['rubygems_'], `rubygems_${HEX}{48}`),
  tok('nuget-api-key', 'NuGet', 'registry', 'high', 'NuGet API key', ['oy2'], `oy2[a-z0-9]{43}`),
  tok('crates-io-token', 'crates.io', 'registry', 'high', 'crates.io API token', ['cio'], `cio${AN}{32}`),
  tok('clojars-token', 'Clojars', 'registry', 'high', 'Clojars deploy token', ['clojars_'], `CLOJARS_[a-z0-9]{60}`),
  tok(
    'dockerhub-legacy-token',
    'Docker Hub',
    'registry',
    'high',
    'Docker Hub access token assigned to a Docker variable',
    ['docker_password', 'dockerhub_token', 'docker_token'],
    UUID,
    { context: ['docker_password', 'dockerhub_token', 'docker_token'] },
  ),
  named('packagist-token', 'Packagist', 'registry', 'high', 'Packagist API token', ['packagist'], `${AN}{20}`, { minEntropy: 3.5 }),
  tok('gradle-plugin-publish-secret', 'Gradle', 'registry', 'high', 'Gradle plugin portal publish secret', ['gradle.publish.secret'], `${AN}{32}`, {
    context: ['gradle.publish.secret'],
  }),
  // SaaS
  tok('figma-pat', 'Figma', 'saas', 'high', 'Figma personal access token', ['figd_'], `figd_${B64U}{40}`),
  tok('linear-api-key', 'Linear', 'saas', 'high', 'Linear API key', ['lin_api_'], `lin_api_${AN}{40}`),
  tok('notion-token', 'Notion', 'saas', 'high', 'Notion integration token', ['secret_', 'ntn_'], `(?:secret_${AN}{43}|ntn_[0-9]{11}${AN}{35})`),
  tok('airtable-pat', 'Airtable', 'saas', 'high', 'Airtable personal access token', ['pat'], `pat${AN}{14}\\.${HEX}{64}`),
  tok('asana-pat', 'Asana', 'saas', 'high', 'Asana personal access token', ['asana'], `[0-9]/[0-9]{16}:${HEX}{32}`, { context: ['asana'] }),
  tok('dropbox-token', 'Dropbox', 'saas', 'high', 'Dropbox short-lived access token', ['sl.'], `sl\\.${B64U}{130,140}`),
  tok('okta-api-token', 'Okta', 'saas', 'high', 'Okta API token', ['okta'], `00${B64U}{40}`, { context: ['okta'] }),
  tok('auth0-client-secret', 'Auth0', 'saas', 'high', 'Auth0 client secret', ['auth0'], `${B64U}{64}`, { context: ['auth0'], minEntropy: 3.5 }),
  tok('contentful-token', 'Contentful', 'saas', 'high', 'Contentful management token', ['cfpat-'], `CFPAT-${B64U}{43}`),
  tok('typeform-token', 'Typeform', 'saas', 'high', 'Typeform personal access token', ['tfp_'], `tfp_${B64U}{44}_${B64U}{14}`),
  tok('mapbox-secret-token', 'Mapbox', 'saas', 'high', 'Mapbox secret access token (sk.)', ['sk.eyj'], `sk\\.eyJ${B64U}{50,200}\\.${B64U}{20,30}`),
  tok('postman-api-key', 'Postman', 'saas', 'high', 'Postman API key', ['pmak-'], `PMAK-${HEX}{24}-${HEX}{34}`),
  tok('frameio-token', 'Frame.io', 'saas', 'high', 'Frame.io developer token', ['fio-u-'], `fio-u-${B64U}{64}`),
  tok('shippo-token', 'Shippo', 'saas', 'high', 'Shippo live API token', ['shippo_live_'], `shippo_live_${HEX}{40}`),
  tok('easypost-token', 'EasyPost', 'saas', 'high', 'EasyPost production API key', ['ezak'], `EZAK${AN}{54}`),
  tok(
    'age-secret-key',
    'age',
    'private-key',
    'high',
    'age encryption secret key',
    ['age-secret-key-1'],
    `AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`,
  ),
  // Database and broker URLs with a password
  url('postgres-url', 'PostgreSQL', 'PostgreSQL connection URL with a password', ['postgres', 'postgresql', 'postgis']),
  url('mysql-url', 'MySQL', 'MySQL / MariaDB connection URL with a password', ['mysql', 'mysql2', 'mariadb']),
  url('mongodb-url', 'MongoDB', 'MongoDB connection URL with a password', ['mongodb', 'mongodb+srv']),
  url('redis-url', 'Redis', 'Redis connection URL with a password', ['redis', 'rediss']),
  url('amqp-url', 'RabbitMQ', 'AMQP (RabbitMQ) broker URL with a password', ['amqp', 'amqps']),
  url('sqlserver-url', 'SQL Server', 'SQL Server connection URL with a password', ['sqlserver', 'mssql']),
  url('clickhouse-url', 'ClickHouse', 'ClickHouse connection URL with a password', ['clickhouse']),
  url('nats-url', 'NATS', 'NATS broker URL with a password', ['nats']),
  url('mqtt-url', 'MQTT', 'MQTT broker URL with a password', ['mqtt', 'mqtts']),
  url('ldap-url', 'LDAP', 'LDAP URL with a bind password', ['ldap', 'ldaps'], 'medium'),
  url('ftp-url', 'FTP', 'FTP / SFTP URL with a password', ['ftp', 'sftp', 'ftps'], 'medium'),
  url('basic-auth-url', 'HTTP', 'HTTP(S) URL with embedded basic-auth credentials', ['http', 'https'], 'medium'),
  named('jdbc-password', 'JDBC', 'database', 'high', 'JDBC connection string with a password parameter', ['jdbc:'], `[^\\s;&'"]{4,128}`, {
    pattern: `jdbc:[a-z0-9]+:[^\\s'"]{0,200}?[;&?]password=(?<secret>[^\\s;&'"]{4,128})`,
    minEntropy: 2,
  }),
  named('ado-connection-string-password', 'ADO.NET', 'database', 'high', 'Connection string with a Password= part', ['password=', 'pwd='], `[^\\s;'"]{4,128}`, {
    pattern: `(?:Server|Data Source|Host)=[^;'"\\n]{1,200};[^'"\\n]{0,200}?(?:Password|Pwd)=(?<secret>[^\\s;'"]{4,128})`,
    minEntropy: 2,
  }),
  // Private keys
  key('private-key-rsa', 'RSA private key (PEM, PKCS#1)', 'RSA PRIVATE KEY'),
  key('private-key-dsa', 'DSA private key (PEM)', 'DSA PRIVATE KEY'),
  key('private-key-ec', 'EC private key (PEM, SEC1)', 'EC PRIVATE KEY'),
  key('private-key-pkcs8', 'Private key (PEM, PKCS#8)', 'PRIVATE KEY'),
  key('private-key-encrypted', 'Encrypted private key (PEM, PKCS#8): still a credential once its passphrase leaks', 'ENCRYPTED PRIVATE KEY', 'medium'),
  key('private-key-openssh', 'OpenSSH private key', 'OPENSSH PRIVATE KEY'),
  key('private-key-pgp', 'PGP private key block', 'PGP PRIVATE KEY BLOCK'),
  key('private-key-ssh2', 'SSH2 (RFC 4716) private key', 'SSH2 ENCRYPTED PRIVATE KEY'),
  {
    id: 'private-key-putty',
    provider: 'Private key',
    category: 'private-key',
    severity: 'high',
    description: 'PuTTY private key file (.ppk)',
    keywords: ['putty-user-key-file-'],
    secret: '',
    kind: 'private-key',
    pattern: 'PuTTY-User-Key-File-[23]:',
  },
  // Tokens of no particular provider
  {
    id: 'jwt',
    provider: 'JWT',
    category: 'generic',
    severity: 'medium',
    description: 'JSON Web Token with a signature (a bearer credential until it expires)',
    keywords: ['eyj'],
    secret: `eyJ${B64U}{10,1000}\\.eyJ${B64U}{10,4000}\\.${B64U}{16,1000}`,
    kind: 'jwt',
  },
  {
    id: 'generic-password',
    provider: 'Generic',
    category: 'generic',
    severity: 'medium',
    description: 'Password assigned in code or configuration (keyword, entropy and not-a-word test)',
    keywords: ['password', 'passwd', 'pwd', 'passphrase'],
    secret: `[^\\s'"\`]{8,128}`,
    kind: 'generic',
    minEntropy: 2.5,
    pattern:
      '(?<![A-Za-z0-9])(?i:[a-z0-9_.-]{0,30}(?:password|passwd|pwd|passphrase)[a-z0-9_]{0,20})["\'\\]]{0,2}\\s{0,3}(?:(?::=|=>|=|:|,)\\s{0,3}["\'`](?<secret>[^\\s\'"`\\\\]{8,128})["\'`]|(?::=|=>|=|:)\\s{0,3}(?<bare>[^\\s\'"`,;#)\\\\]{8,128})(?![^\\s\'"`,;#)]))',
  },
  {
    id: 'generic-api-key',
    provider: 'Generic',
    category: 'generic',
    severity: 'medium',
    description: 'High-entropy value assigned to a secret-sounding name (secret, token, api key, access key, credentials)',
    keywords: ['secret', 'token', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'auth_key', 'credential', 'private_key'],
    secret: `[A-Za-z0-9+/=_.~-]{16,256}`,
    kind: 'generic',
    minEntropy: 3.6,
    pattern:
      '(?<![A-Za-z0-9])(?i:[a-z0-9_.-]{0,30}(?:secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|credentials?|private[_-]?key)[a-z0-9_]{0,20})["\'\\]]{0,2}\\s{0,3}(?:(?::=|=>|=|:|,)\\s{0,3}["\'`](?<secret>[A-Za-z0-9+/=_.~-]{16,256})["\'`]|(?::=|=>|=|:)\\s{0,3}(?<bare>[A-Za-z0-9+/=_.~-]{16,256})(?![^\\s,;#)]))',
  },
];
