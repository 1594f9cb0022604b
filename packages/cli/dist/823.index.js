export const id = 823;
export const ids = [823];
export const modules = {

/***/ 6823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ALLOW_MARKER: () => (/* reexport */ ALLOW_MARKER),
  BASELINE_FILE: () => (/* reexport */ BASELINE_FILE),
  CONFIG_FILE: () => (/* reexport */ CONFIG_FILE),
  Detector: () => (/* reexport */ Detector),
  FAIL_ON: () => (/* reexport */ fail_on/* FAIL_ON */.d),
  RULES: () => (/* reexport */ RULES),
  SCAN_MODES: () => (/* reexport */ SCAN_MODES),
  SEVERITIES: () => (/* reexport */ SEVERITIES),
  ScanError: () => (/* reexport */ ScanError),
  ZERO_SHA: () => (/* reexport */ ZERO_SHA),
  activeRules: () => (/* reexport */ activeRules),
  addedSuppressions: () => (/* reexport */ addedSuppressions),
  atLeast: () => (/* reexport */ atLeast),
  blockingFindings: () => (/* reexport */ blockingFindings),
  compileRule: () => (/* reexport */ compileRule),
  crc32: () => (/* reexport */ crc32),
  crc32Base62: () => (/* reexport */ crc32Base62),
  emptyConfig: () => (/* reexport */ emptyConfig),
  entropy: () => (/* reexport */ entropy),
  fingerprintOf: () => (/* reexport */ fingerprintOf),
  formatBaseline: () => (/* reexport */ formatBaseline),
  inlineAllow: () => (/* reexport */ inlineAllow),
  isPlaceholder: () => (/* reexport */ isPlaceholder),
  loadConfig: () => (/* reexport */ loadConfig),
  parseConfig: () => (/* reexport */ parseConfig),
  readBaseline: () => (/* reexport */ readBaseline),
  redact: () => (/* reexport */ redact),
  scan: () => (/* reexport */ scan),
  scannedSentence: () => (/* reexport */ scannedSentence),
  sha256: () => (/* reexport */ sha256),
  toAnnotations: () => (/* reexport */ toAnnotations),
  toJson: () => (/* reexport */ toJson),
  toMarkdown: () => (/* reexport */ toMarkdown),
  toSarif: () => (/* reexport */ toSarif),
  toText: () => (/* reexport */ toText),
  validateChecksum: () => (/* reexport */ validateChecksum)
});

;// CONCATENATED MODULE: ./packages/secrets/src/rules.ts
const SEVERITIES = ['high', 'medium', 'low'];
const AN = '[A-Za-z0-9]';
const HEX = '[a-f0-9]';
const B64U = '[A-Za-z0-9_-]';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A token with a distinctive prefix. */
function tok(id, provider, category, severity, description, keywords, secret, extra = {}) {
    return { id, provider, category, severity, description, keywords, secret, ...extra };
}
/** A value recognisable only by the name it is assigned to. */
function named(id, provider, category, severity, description, context, secret, extra = {}) {
    return { id, provider, category, severity, description, keywords: context, context, secret, minEntropy: extra.minEntropy ?? 2.8, ...extra };
}
function url(id, provider, description, schemes, severity = 'high') {
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
function key(id, description, label, severity = 'high') {
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
const RULES = [
    // Cloud
    tok('aws-access-key-id', 'AWS', 'cloud', 'high', 'AWS access key ID (long-term or temporary)', ['akia', 'asia', 'abia', 'acca'], `(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}`),
    named('aws-secret-access-key', 'AWS', 'cloud', 'high', 'AWS secret access key assigned to a named variable', ['aws_secret', 'secret_access_key', 'awssecret', 'secretaccesskey', 'aws-secret'], `[A-Za-z0-9/+]{40}`, { minEntropy: 4 }),
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
    named('gcp-service-account-key-id', 'Google Cloud', 'cloud', 'high', 'Google Cloud service account key (private_key_id of a JSON key file)', ['private_key_id'], `${HEX}{40}`),
    tok('gcp-oauth-client-secret', 'Google Cloud', 'cloud', 'high', 'Google OAuth client secret', ['gocspx-'], `GOCSPX-${B64U}{28}`),
    tok('gcp-oauth-access-token', 'Google Cloud', 'cloud', 'medium', 'Google OAuth access token', ['ya29.'], `ya29\\.${B64U}{40,200}`),
    named('azure-storage-account-key', 'Azure', 'cloud', 'high', 'Azure storage account key', ['accountkey', 'azure_storage_key', 'azure_storage_account_key'], `[A-Za-z0-9+/]{86}==`),
    tok('azure-ad-client-secret', 'Azure', 'cloud', 'high', 'Microsoft Entra ID (Azure AD) client secret', ['q~'], `[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}`),
    named('azure-devops-pat', 'Azure', 'ci', 'high', 'Azure DevOps personal access token', ['azure_devops', 'azuredevops', 'ado_pat', 'azure_pat', 'system_accesstoken'], `[a-z2-7]{52}`),
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
    tok('terraform-cloud-token', 'Terraform Cloud', 'cloud', 'high', 'Terraform Cloud / HCP Terraform API token', ['.atlasv1.'], `${AN}{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}`),
    tok('pulumi-access-token', 'Pulumi', 'cloud', 'high', 'Pulumi access token', ['pul-'], `pul-${HEX}{40}`),
    tok('doppler-token', 'Doppler', 'paas', 'high', 'Doppler service, personal, CLI or SCIM token', ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'], `dp\\.(?:pt|st|sa|ct|scim|audit)\\.${AN}{43}`),
    tok('infisical-token', 'Infisical', 'paas', 'high', 'Infisical service token', ['st.'], `st\\.${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}\\.${HEX}{32}\\.${HEX}{32}`),
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
    named('mongodb-atlas-private-key', 'MongoDB Atlas', 'database', 'high', 'MongoDB Atlas API private key', ['atlas_private_key', 'mongodb_atlas', 'atlasprivatekey'], UUID),
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
    named('atlassian-api-token-legacy', 'Atlassian', 'saas', 'high', 'Atlassian legacy API token assigned to a Jira or Confluence variable', ['jira_api_token', 'jira_token', 'confluence_token', 'atlassian'], `${AN}{24}`, { minEntropy: 3.5 }),
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
    tok('braintree-access-token', 'PayPal Braintree', 'payment', 'high', 'PayPal Braintree access token', ['access_token$production$'], `access_token\\$production\\$[a-z0-9]{16}\\$${HEX}{32}`),
    named('paypal-client-secret', 'PayPal', 'payment', 'high', 'PayPal REST client secret', ['paypal'], `${B64U}{80}`, { minEntropy: 3.5 }),
    tok('razorpay-key', 'Razorpay', 'payment', 'high', 'Razorpay live key ID', ['rzp_live_'], `rzp_live_${AN}{14}`),
    tok('flutterwave-secret-key', 'Flutterwave', 'payment', 'high', 'Flutterwave secret key', ['flwseck-', 'flwseck_test-'], `FLWSECK(?:_TEST)?-${HEX}{32}-X`),
    tok('plaid-access-token', 'Plaid', 'payment', 'high', 'Plaid access token', ['access-production-', 'access-development-', 'access-sandbox-'], `access-(?:production|development|sandbox)-${UUID}`),
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
    tok('slack-legacy-token', 'Slack', 'messaging', 'high', 'Slack legacy workspace or bot token', ['xoxa-', 'xoxr-', 'xoxs-', 'xoxo-'], `xox[aros]-[0-9]{10,13}-[0-9]{10,13}-${AN}{10,48}`),
    tok('slack-webhook-url', 'Slack', 'messaging', 'high', 'Slack incoming webhook URL', ['hooks.slack.com/'], `https://hooks\\.slack\\.com/(?:services|workflows|triggers)/T[A-Z0-9]{8,12}/[AB][A-Z0-9]{8,12}/${AN}{24,32}`),
    tok('discord-webhook-url', 'Discord', 'messaging', 'high', 'Discord webhook URL', ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'], `https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/${B64U}{68}`),
    named('discord-bot-token', 'Discord', 'messaging', 'high', 'Discord bot token', ['discord'], `[MNO]${B64U}{23,25}\\.${B64U}{6}\\.${B64U}{27,38}`),
    tok('telegram-bot-token', 'Telegram', 'messaging', 'high', 'Telegram bot token', [':aa'], `[0-9]{8,10}:AA${B64U}{33}`),
    named('twilio-api-key', 'Twilio', 'messaging', 'high', 'Twilio API key SID with its secret nearby', ['twilio'], `SK${HEX}{32}`),
    named('twilio-auth-token', 'Twilio', 'messaging', 'high', 'Twilio auth token', ['twilio'], `${HEX}{32}`),
    tok('microsoft-teams-webhook', 'Microsoft Teams', 'messaging', 'high', 'Microsoft Teams incoming webhook URL', ['webhook.office.com/'], `https://[a-z0-9-]{1,40}\\.webhook\\.office\\.com/webhookb2/[a-f0-9-]{36}@[a-f0-9-]{36}/IncomingWebhook/${HEX}{32}/[a-f0-9-]{36}`),
    named('pusher-secret', 'Pusher', 'messaging', 'high', 'Pusher Channels app secret', ['pusher'], `${HEX}{20}`),
    named('intercom-token', 'Intercom', 'messaging', 'high', 'Intercom access token', ['intercom'], `[A-Za-z0-9=_-]{60}`, { minEntropy: 3.5 }),
    named('vonage-api-secret', 'Vonage', 'messaging', 'high', 'Vonage (Nexmo) API secret', ['nexmo', 'vonage'], `${AN}{16}`, { minEntropy: 3.3 }),
    named('messagebird-api-key', 'MessageBird', 'messaging', 'high', 'MessageBird (Bird) API key', ['messagebird'], `${AN}{25}`, { minEntropy: 3.5 }),
    named('zendesk-api-token', 'Zendesk', 'saas', 'high', 'Zendesk API token', ['zendesk'], `${AN}{40}`, { minEntropy: 3.5 }),
    tok('line-channel-token', 'LINE', 'messaging', 'high', 'LINE channel access token assigned to a LINE variable', ['line_channel'], `[A-Za-z0-9+/]{171,172}=?`, { context: ['line_channel'] }),
    // Email
    tok('sendgrid-api-key', 'SendGrid', 'email', 'high', 'SendGrid API key', ['sg.'], `SG\\.${B64U}{22}\\.${B64U}{43}`),
    tok('mailgun-api-key', 'Mailgun', 'email', 'high', 'Mailgun private API key', ['key-'], `key-${HEX}{32}`),
    named('mailgun-private-key', 'Mailgun', 'email', 'high', 'Mailgun API key (new format) assigned to a Mailgun variable', ['mailgun'], `${HEX}{32}-${HEX}{8}-${HEX}{8}`),
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
    named('datadog-app-key', 'Datadog', 'monitoring', 'high', 'Datadog application key', ['dd_app_key', 'datadog_app', 'dd-application-key', 'dd_application_key'], `${HEX}{40}`),
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
    named('splunk-hec-token', 'Splunk', 'monitoring', 'high', 'Splunk HTTP Event Collector token', ['splunk'], `[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}`),
    named('rollbar-token', 'Rollbar', 'monitoring', 'high', 'Rollbar access token', ['rollbar'], `${HEX}{32}`),
    named('bugsnag-api-key', 'Bugsnag', 'monitoring', 'medium', 'Bugsnag API key', ['bugsnag'], `${HEX}{32}`),
    named('sumologic-access-key', 'Sumo Logic', 'monitoring', 'high', 'Sumo Logic access key', ['sumologic', 'sumo_access'], `${AN}{64}`, { minEntropy: 3.5 }),
    named('logzio-token', 'Logz.io', 'monitoring', 'high', 'Logz.io shipping or API token', ['logzio', 'logz_io'], `${AN}{32}`, { minEntropy: 3.5 }),
    tok('launchdarkly-sdk-key', 'LaunchDarkly', 'monitoring', 'high', 'LaunchDarkly server-side SDK key', ['sdk-'], `sdk-${UUID}`),
    tok('launchdarkly-access-token', 'LaunchDarkly', 'monitoring', 'high', 'LaunchDarkly API access token', ['api-'], `api-${UUID}`),
    tok('posthog-personal-key', 'PostHog', 'monitoring', 'high', 'PostHog personal API key', ['phx_'], `phx_${AN}{43}`),
    named('newrelic-api-key-legacy', 'New Relic', 'monitoring', 'high', 'New Relic legacy REST API key', ['newrelic_api_key', 'new_relic_api_key'], `${HEX}{47}`),
    // AI
    tok('openai-api-key', 'OpenAI', 'ai', 'high', 'OpenAI API key (user, project, service account or admin)', ['t3blbkfj'], `sk-(?:proj-|svcacct-|admin-)?${B64U}{20,156}T3BlbkFJ${B64U}{20,156}`),
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
    named('npmrc-auth-token', 'npm', 'registry', 'high', 'Registry auth token in an .npmrc (_authToken)', ['_authtoken'], `(?:${UUID}|[A-Za-z0-9+/_.=-]{30,200})`, { minEntropy: 3.2 }),
    tok('pypi-token', 'PyPI', 'registry', 'high', 'PyPI upload token', ['pypi-ageichlwas5vcmc'], `pypi-AgEIcHlwaS5vcmc${B64U}{50,250}`),
    tok('test-pypi-token', 'PyPI', 'registry', 'medium', 'TestPyPI upload token', ['pypi-agendgvzdc5wexbplm9yzw'], `pypi-AgENdGVzdC5weXBpLm9yZw${B64U}{50,250}`),
    tok('rubygems-api-key', 'RubyGems', 'registry', 'high', 'RubyGems API key', ['rubygems_'], `rubygems_${HEX}{48}`),
    tok('nuget-api-key', 'NuGet', 'registry', 'high', 'NuGet API key', ['oy2'], `oy2[a-z0-9]{43}`),
    tok('crates-io-token', 'crates.io', 'registry', 'high', 'crates.io API token', ['cio'], `cio${AN}{32}`),
    tok('clojars-token', 'Clojars', 'registry', 'high', 'Clojars deploy token', ['clojars_'], `CLOJARS_[a-z0-9]{60}`),
    tok('dockerhub-legacy-token', 'Docker Hub', 'registry', 'high', 'Docker Hub access token assigned to a Docker variable', ['docker_password', 'dockerhub_token', 'docker_token'], UUID, { context: ['docker_password', 'dockerhub_token', 'docker_token'] }),
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
    tok('age-secret-key', 'age', 'private-key', 'high', 'age encryption secret key', ['age-secret-key-1'], `AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`),
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
        pattern: '(?<![A-Za-z0-9])(?i:[a-z0-9_.-]{0,30}(?:password|passwd|pwd|passphrase)[a-z0-9_]{0,20})["\'\\]]{0,2}\\s{0,3}(?:(?::=|=>|=|:|,)\\s{0,3}["\'`](?<secret>[^\\s\'"`\\\\]{8,128})["\'`]|(?::=|=>|=|:)\\s{0,3}(?<bare>[^\\s\'"`,;#)\\\\]{8,128})(?![^\\s\'"`,;#)]))',
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
        pattern: '(?<![A-Za-z0-9])(?i:[a-z0-9_.-]{0,30}(?:secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|credentials?|private[_-]?key)[a-z0-9_]{0,20})["\'\\]]{0,2}\\s{0,3}(?:(?::=|=>|=|:|,)\\s{0,3}["\'`](?<secret>[A-Za-z0-9+/=_.~-]{16,256})["\'`]|(?::=|=>|=|:)\\s{0,3}(?<bare>[A-Za-z0-9+/=_.~-]{16,256})(?![^\\s,;#)]))',
    },
];

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/secrets/src/case-groups.ts
// Rules write case-insensitive parts as `(?i:...)` (RegExp modifiers). Node.js 22, which the
// CLI supports, does not know them: there a rule is compiled with each such group spelled out,
// a letter becoming `[xX]` and a class gaining the other case. For ASCII text this matches
// exactly what the modifier does (non-ASCII letters never fold onto ASCII ones).
/** How long the escape at `i` (a backslash) is: `\u00e9`, `\x41`, `\cJ`, `\k<name>`, `\p{L}`, `\u{1F600}` are one unit. */
function escapeLength(body, i) {
    const next = body[i + 1] ?? '';
    const braced = (from, close) => {
        const end = body.indexOf(close, from);
        return end < 0 ? 2 : end - i + 1;
    };
    if (next === 'k' && body[i + 2] === '<')
        return braced(i + 3, '>');
    if ((next === 'p' || next === 'P' || next === 'u') && body[i + 2] === '{')
        return braced(i + 3, '}');
    if (next === 'u')
        return 6;
    if (next === 'x')
        return 4;
    if (next === 'c')
        return 3;
    return 2;
}
function otherCase(char) {
    const lower = char.toLowerCase();
    return lower === char ? char.toUpperCase() : lower;
}
/** The body of a `(?i:...)` group with the case of every letter spelled out. */
function spellOutCase(body) {
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i] ?? '';
        if (c === '\\') {
            const length = escapeLength(body, i);
            out += body.slice(i, i + length);
            i += length - 1;
        }
        else if (c === '[') {
            // A class: copy it, then add the other case of its letters and letter ranges.
            let end = i + 1;
            if (body[end] === '^')
                end++;
            if (body[end] === ']')
                end++;
            while (end < body.length && body[end] !== ']')
                end += body[end] === '\\' ? 2 : 1;
            const inner = body.slice(i + 1, end);
            let extra = '';
            for (const m of inner.matchAll(/\\(?:u\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[pP]\{[^}]*\}|.)|([A-Za-z])-([A-Za-z])|([A-Za-z])/g)) {
                if (m[1] !== undefined && m[2] !== undefined)
                    extra += `${otherCase(m[1])}-${otherCase(m[2])}`;
                else if (m[3] !== undefined)
                    extra += otherCase(m[3]);
            }
            // Added first: at the end, after a literal `-`, it would read as a range.
            const negated = inner.startsWith('^') ? '^' : '';
            out += `[${negated}${extra}${inner.slice(negated.length)}]`;
            i = end;
        }
        else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(body.slice(i))) {
            // A quantifier: digits and commas, no letters to spell out (a `{` that starts none is a literal).
            const end = body.indexOf('}', i);
            out += body.slice(i, end + 1);
            i = end;
        }
        else if (c === '(' && body[i + 1] === '?') {
            // Group syntax (`(?:`, `(?=`, `(?<name>`) is copied as it is.
            const named = /^\(\?<[A-Za-z_]\w*>/.exec(body.slice(i))?.[0];
            const syntax = named ?? body.slice(i, i + 3);
            out += syntax;
            i += syntax.length - 1;
        }
        else
            out += /[A-Za-z]/.test(c) ? `[${c}${otherCase(c)}]` : c;
    }
    return out;
}
/** `source` with every `(?i:...)` group rewritten as a plain group that matches the same. */
function withoutCaseModifiers(source) {
    let out = '';
    let i = 0;
    for (;;) {
        const start = source.indexOf('(?i:', i);
        if (start === -1)
            return out + source.slice(i);
        out += source.slice(i, start);
        // Find the group's closing parenthesis, past escapes, classes and nested groups.
        let depth = 1;
        let j = start + 4;
        while (j < source.length && depth > 0) {
            const c = source[j];
            if (c === '\\')
                j += 2;
            else if (c === '[') {
                j++;
                while (j < source.length && source[j] !== ']')
                    j += source[j] === '\\' ? 2 : 1;
                j++;
            }
            else {
                if (c === '(')
                    depth++;
                else if (c === ')')
                    depth--;
                j++;
            }
        }
        // An unclosed group is left as written: the RegExp refuses it, as it should.
        if (depth > 0)
            return source;
        out += `(?:${spellOutCase(source.slice(start + 4, j - 1))})`;
        i = j;
    }
}
/**
 * A rule's regular expression, compiled as written where the runtime knows RegExp modifiers
 * (Node.js 24, the actions' runtime), and with its `(?i:...)` groups spelled out where it does not.
 */
function compileRegExp(source, flags) {
    try {
        return new RegExp(source, flags);
    }
    catch (error) {
        if (!source.includes('(?i:'))
            throw error;
        return new RegExp(withoutCaseModifiers(source), flags);
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/checksum.ts
// Offline checksums that some providers embed in their tokens, so a format match can be
// told apart from a typo or a made-up value without calling anyone.
const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
function crc32(text) {
    let crc = 0xffffffff;
    for (let i = 0; i < text.length; i++)
        crc = (CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function base62(value, width) {
    let out = '';
    let rest = value;
    while (rest > 0) {
        out = BASE62[rest % 62] + out;
        rest = Math.floor(rest / 62);
    }
    return out.padStart(width, '0');
}
/** The 6-character base62 CRC32 that GitHub (`gh?_`) and npm (`npm_`) tokens end with. */
function crc32Base62(payload) {
    return base62(crc32(payload), 6);
}
/**
 * Checks a `<prefix>_<30 random><6 checksum>` token. Returns true when the last six
 * characters are the base62 CRC32 of the random part.
 */
function validateChecksum(kind, token) {
    switch (kind) {
        case 'crc32-base62': {
            const body = token.slice(token.indexOf('_') + 1);
            if (body.length < 7)
                return false;
            return crc32Base62(body.slice(0, -6)) === body.slice(-6);
        }
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/prefilter.ts
// The keyword prefilter: one Aho-Corasick automaton over every rule keyword, case-folded,
// run once over each line (bytes from git, or a string). A line without a keyword costs one
// table lookup per byte and is never given to a regular expression.
//
// The table is indexed by character class, not by byte: only the few dozen characters that
// occur in keywords get a class, so a row is 64 entries wide instead of 256 and the whole
// table stays in the CPU cache. A newline has a class of its own whose every entry is
// NEWLINE, so one loop finds both the keywords and the end of the line.
const NEWLINE = -0x80000000;
/** Keyword hits as (line index, match) pairs in reusable typed arrays. */
class KeywordHits {
    lines = new Int32Array(256);
    matches = new Int32Array(256);
    length = 0;
    push(line, match) {
        if (this.length === this.lines.length) {
            const grow = (old) => {
                const next = new Int32Array(old.length * 2);
                next.set(old);
                return next;
            };
            this.lines = grow(this.lines);
            this.matches = grow(this.matches);
        }
        this.lines[this.length] = line;
        this.matches[this.length++] = match;
    }
}
class KeywordAutomaton {
    keywords;
    /** byte -> character class (0: a character no keyword has). */
    classes;
    shift;
    /** (state << shift) | class -> next state; ~next when next accepts; NEWLINE for '\n'. */
    table;
    /** accepting state -> its match index (into `outputs`). */
    accept;
    /** match index -> keyword ids. */
    outputs = [];
    constructor(keywords) {
        this.keywords = keywords;
        const chars = [...new Set(keywords.flatMap((k) => [...k.toLowerCase()]))].sort();
        const bad = chars.find((ch) => ch.charCodeAt(0) >= 128 || ch === '\n');
        if (bad !== undefined)
            throw new Error(`keyword ${keywords.find((k) => k.toLowerCase().includes(bad))} is not printable ASCII`);
        this.classes = new Uint8Array(256);
        chars.forEach((ch, i) => {
            const c = ch.charCodeAt(0);
            this.classes[c] = i + 1;
            if (c >= 97 && c <= 122)
                this.classes[c - 32] = i + 1; // upper case folds to lower
        });
        const newlineClass = chars.length + 1;
        this.classes[10] = newlineClass;
        const width = newlineClass + 1;
        this.shift = Math.max(1, Math.ceil(Math.log2(width)));
        // The trie, then failure links breadth-first (classic Aho-Corasick), as a full goto table.
        const goto = [new Int32Array(width).fill(-1)];
        const out = [[]];
        keywords.forEach((keyword, id) => {
            let s = 0;
            for (const ch of keyword.toLowerCase()) {
                const c = this.classes[ch.charCodeAt(0)];
                let next = goto[s]?.[c] ?? -1;
                if (next === -1) {
                    next = goto.length;
                    goto.push(new Int32Array(width).fill(-1));
                    out.push([]);
                    goto[s][c] = next;
                }
                s = next;
            }
            out[s]?.push(id);
        });
        const fail = new Int32Array(goto.length);
        const queue = [];
        const root = goto[0];
        for (let c = 0; c < width; c++) {
            const s = root[c] ?? -1;
            if (s === -1)
                root[c] = 0;
            else
                queue.push(s);
        }
        for (let head = 0; head < queue.length; head++) {
            const r = queue[head] ?? 0;
            const row = goto[r];
            const failRow = goto[fail[r] ?? 0];
            for (let c = 0; c < width; c++) {
                const s = row[c] ?? -1;
                if (s === -1)
                    row[c] = failRow[c] ?? 0;
                else {
                    queue.push(s);
                    fail[s] = failRow[c] ?? 0;
                    out[s]?.push(...(out[fail[s] ?? 0] ?? []));
                }
            }
        }
        this.accept = new Int32Array(goto.length).fill(-1);
        out.forEach((ids, s) => {
            if (ids.length > 0) {
                this.accept[s] = this.outputs.length;
                this.outputs.push([...new Set(ids)]);
            }
        });
        this.table = new Int32Array(goto.length << this.shift);
        goto.forEach((row, s) => {
            for (let c = 0; c < width; c++) {
                const next = row[c];
                this.table[(s << this.shift) | c] = c === newlineClass ? NEWLINE : this.accept[next] >= 0 ? ~next : next;
            }
        });
    }
    /** The keyword ids of a match recorded by `scanLine`. */
    keywordIds(match) {
        return this.outputs[match] ?? [];
    }
    /**
     * Scans bytes from `start` to the first newline or `end`, recording each keyword match in
     * `hits` under `line`. Returns the newline's index, or -1 when none came before `end`.
     */
    scanLine(bytes, start, end, hits, line) {
        const table = this.table;
        const classes = this.classes;
        const shift = this.shift;
        let s = 0;
        for (let i = start; i < end; i++) {
            const next = table[(s << shift) | classes[bytes[i]]];
            if (next >= 0) {
                s = next;
                continue;
            }
            if (next === NEWLINE)
                return i;
            s = ~next;
            hits.push(line, this.accept[s]);
        }
        return -1;
    }
    /** Calls `hit(offset of the keyword's last character, keyword id)` for every keyword in `text`. */
    scanString(text, hit) {
        const table = this.table;
        const classes = this.classes;
        const shift = this.shift;
        let s = 0;
        for (let i = 0, n = text.length; i < n; i++) {
            const c = text.charCodeAt(i);
            const next = table[(s << shift) | (c < 128 ? classes[c] : 0)];
            if (next >= 0)
                s = next;
            else if (next === NEWLINE)
                s = 0;
            else {
                s = ~next;
                for (const id of this.keywordIds(this.accept[s]))
                    hit(i, id);
            }
        }
    }
}
/** Keyword hits as the detector takes them: line index -> keyword ids; undefined when none. */
function hitsByLine(hits, automaton) {
    if (hits.length === 0)
        return undefined;
    const map = new Map();
    for (let i = 0; i < hits.length; i++) {
        const line = hits.lines[i];
        let ids = map.get(line);
        if (!ids)
            map.set(line, (ids = []));
        for (const id of automaton.keywordIds(hits.matches[i]))
            if (!ids.includes(id))
                ids.push(id);
    }
    return map;
}
/** The keyword hits of every line of a file's bytes. */
function scanFileBytes(automaton, bytes, hits) {
    hits.length = 0;
    for (let at = 0, line = 0; at < bytes.length; line++) {
        const nl = automaton.scanLine(bytes, at, bytes.length, hits, line);
        if (nl === -1)
            break;
        at = nl + 1;
    }
}

;// CONCATENATED MODULE: ./packages/secrets/src/filters.ts
// Built-in false-positive control: placeholders, indirections, documented examples,
// ciphertext, hashes and other values that look like secrets and are not.
/** Shannon entropy in bits per character. */
function entropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const char of value)
        counts.set(char, (counts.get(char) ?? 0) + 1);
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
const INDIRECTION = /^(?:\$\{|\$\(|\$[A-Za-z_]|%\(|%\{|\{\{|\{%|#\{|\[\[|<%|@@|&[a-z]|(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv|env\.|ENV\[|secrets\.|vars\.|System\.getenv|Environment\.)|.*\}\}$)/i;
/** Whether a value is a placeholder, a reference to another variable, or an obviously made-up value. */
function isPlaceholder(value) {
    if (INDIRECTION.test(value))
        return true;
    const lower = value.toLowerCase();
    for (const word of PLACEHOLDER_WORDS)
        if (lower.includes(word))
            return true;
    if (/(.)\1{5,}/.test(value))
        return true;
    if (hasSequence(lower, 7))
        return true;
    const distinct = new Set(value).size;
    if (value.length >= 16 && distinct < Math.min(6, value.length / 4))
        return true;
    return false;
}
/** A run of `length` ascending or descending characters (abcdefg, 7654321). */
function hasSequence(text, length) {
    let up = 1;
    let down = 1;
    for (let i = 1; i < text.length; i++) {
        const step = text.charCodeAt(i) - text.charCodeAt(i - 1);
        up = step === 1 ? up + 1 : 1;
        down = step === -1 ? down + 1 : 1;
        if (up >= length || down >= length)
            return true;
    }
    return false;
}
/** Whether the text just before a value marks it as a hash, a data URI, a public key or ciphertext. */
function isEncodedContext(before, line) {
    if (/sha(?:1|224|256|384|512)-[A-Za-z0-9+/]*$/.test(before))
        return true;
    if (/data:[\w/+.-]*(?:;[\w=-]+)*;base64,[A-Za-z0-9+/]*$/i.test(before))
        return true;
    if (/(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-ssh-ed25519@openssh\.com)\s+[A-Za-z0-9+/]*$/.test(before))
        return true;
    if (/ENC\[[A-Z0-9_]+,data:/.test(line))
        return true;
    if (line.includes('$ANSIBLE_VAULT;'))
        return true;
    return false;
}
/** SealedSecrets ciphertext, age/PGP armour and similar encrypted blobs. */
function isCiphertext(value) {
    return /^Ag[A-D][A-Za-z0-9+/=]{300,}$/.test(value);
}
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/**
 * The not-a-secret tests of the generic rules: identifiers, paths, words, UUIDs, git SHAs,
 * numbers and names whose value is not the secret itself (`token_url`, `secret_name`).
 */
function isGenericNoise(name, value, minEntropy) {
    if (/(?:^|[_.-]|[a-z])(?:id|ids|name|names|type|url|uri|path|file|dir|header|env|var|field|length|len|size|count|format|prefix|suffix|version|endpoint|expiry|expires|expiration|ttl|sha|hash|digest|checksum|fingerprint|hint|label|description|policy|scope|ref|arn|location|mode|method|provider|ref|regex|pattern|min|max|rotation)$/i.test(name))
        return true;
    if (/(?:sha\d*|hash|digest|checksum|commit|revision)/i.test(name))
        return true;
    if (UUID_RE.test(value))
        return true;
    if (/^[0-9a-f]{40}$|^[0-9a-f]{64}$/.test(value) && /(?:git|commit|sha|rev)/i.test(name))
        return true;
    if (/^(?:true|false|null|nil|none|undefined|yes|no|on|off)$/i.test(value))
        return true;
    if (/^[\d.,:-]+$/.test(value))
        return true;
    if (/^[a-z]+(?:[_.:-][a-z]+)*$/i.test(value))
        return true;
    if (/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(value) || /^(?:[A-Z][a-z0-9]+)+$/.test(value))
        return true;
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value))
        return true;
    if (/[()[\]{}]/.test(value) || /^(?:\/|\.\/|\.\.\/|~\/|[a-z]+:\/\/)/i.test(value))
        return true;
    if (/\.(?:json|ya?ml|pem|key|crt|txt|env|js|mjs|ts|py|rb|go|java|php|cs|sh|html|xml|toml|ini|conf|cfg)$/i.test(value))
        return true;
    if (/^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)+$/i.test(value))
        return true;
    // Minified code: `a.b=c.d.value` chains of property paths, not a value.
    const parts = value.split('=');
    if (parts.length > 1 && parts.every((p) => /^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)*$/i.test(p)) && parts.some((p) => p.includes('.')))
        return true;
    const classes = Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value)) + Number(/[^A-Za-z0-9]/.test(value));
    if (classes < 2)
        return true;
    if (entropy(value) < minEntropy)
        return true;
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
function isLockfile(path) {
    const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    return LOCKFILES.has(base);
}
const BINARY_EXTENSIONS = new Set('png jpg jpeg gif bmp ico webp avif tif tiff psd svgz pdf zip gz tgz bz2 xz 7z rar zst jar war ear class dll so dylib exe bin o a lib obj wasm woff woff2 ttf otf eot mp3 mp4 m4a wav ogg flac mov avi mkv webm pyc pyo whl egg db sqlite sqlite3 dat parquet avro orc npy pkl pt onnx h5 keystore jks p12 pfx der'.split(' '));
function isBinaryPath(path) {
    const dot = path.lastIndexOf('.');
    if (dot < 0 || dot < path.lastIndexOf('/'))
        return false;
    return BINARY_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}
const VENDORED = /(?:^|\/)(?:node_modules|vendor|third_party|third-party|bower_components|\.yarn\/releases|\.yarn\/cache|\.pnpm-store|Pods|\.git)\//;
function isVendoredPath(path) {
    return VENDORED.test(path) || /(?:^|\/)[^/]+\.(?:min\.js\.map|js\.map|css\.map)$/.test(path);
}
/** True when the bytes look binary (a NUL byte in the first 8 kB), as git decides. */
function looksBinary(bytes) {
    const end = Math.min(bytes.length, 8000);
    for (let i = 0; i < end; i++)
        if (bytes[i] === 0)
            return true;
    return false;
}

;// CONCATENATED MODULE: ./packages/secrets/src/detect.ts
// The detector: one combined keyword scan per text, then only the rules whose keywords
// occur, run only on the lines where they occur. Multi-line rules (private keys, pairs)
// look around the line that hit.





function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
const BEFORE = '(?<![A-Za-z0-9_+/-])';
const AFTER = '(?![A-Za-z0-9_+/-])';
/** A rule's regular expression as written, case-insensitive parts as `(?i:...)` groups. */
function ruleSource(definition) {
    if (definition.pattern !== undefined)
        return definition.pattern;
    if (definition.context !== undefined && definition.kind !== 'pair') {
        const names = definition.context.map((name) => escapeRegExp(name).replace(/_/g, '[_.-]?')).join('|');
        return `(?i:${names})[\\w.-]{0,40}?(?:["'\\]]{0,2}\\s{0,3}(?::=|=>|=|:|,|\\(|\\s)\\s{0,3}|>)(?:["'\`]|\\[["'])?(?<secret>${definition.secret})${AFTER}`;
    }
    return `${BEFORE}(?<secret>${definition.secret})${AFTER}`;
}
function compileRule(definition, index) {
    return { ...definition, index, regex: compileRegExp(ruleSource(definition), 'gd') };
}
const ALLOW_MARKER = 'secret-scan:allow';
const PRIVATE_KEY_END = /-----END ([A-Z0-9 ]+)-----/;
class Detector {
    rules;
    /** The keyword prefilter; share it with the git stream so that lines are filtered as bytes. */
    automaton;
    /** keyword id -> rules to try. */
    keywordRules;
    pairRules;
    /** Keyword ids whose rules read the lines after the hit (private key blocks). */
    multilineKeywords;
    /** Lines around a hit that pair rules look at. */
    pairWindow;
    /** keyword id -> lines [before, after] its rules read besides the line itself. */
    around;
    constructor(definitions) {
        this.rules = definitions.map(compileRule);
        const byKeyword = new Map();
        for (const rule of this.rules) {
            if (rule.kind === 'pair')
                continue;
            const variants = rule.keywords.flatMap((k) => rule.context?.includes(k) && k.includes('_') ? [k, k.replace(/_/g, ''), k.replace(/_/g, '.'), k.replace(/_/g, '-')] : [k]);
            for (const keyword of new Set(variants)) {
                const k = keyword.toLowerCase();
                if (!byKeyword.has(k))
                    byKeyword.set(k, new Set());
                byKeyword.get(k)?.add(rule);
            }
        }
        const keywords = [...byKeyword.keys()];
        this.automaton = new KeywordAutomaton(keywords);
        this.keywordRules = keywords.map((k) => [...(byKeyword.get(k) ?? [])].sort((a, b) => a.index - b.index));
        this.pairRules = this.rules.filter((r) => r.kind === 'pair');
        this.pairWindow = Math.max(0, ...this.pairRules.map((r) => r.window ?? 5));
        this.multilineKeywords = new Set(keywords.flatMap((_, id) => ((this.keywordRules[id] ?? []).some((r) => r.kind === 'private-key') ? [id] : [])));
        const primaries = new Set(this.pairRules.map((r) => r.pairWith));
        this.around = keywords.map((_, id) => {
            const rules = this.keywordRules[id] ?? [];
            const pair = rules.some((r) => primaries.has(r.id)) ? this.pairWindow : 0;
            return [pair, this.multilineKeywords.has(id) ? Math.max(400, pair) : pair];
        });
    }
    /** The lines before and after a hit of this keyword that its rules read (pairs, private key blocks). */
    linesAround(keywordId) {
        return this.around[keywordId] ?? [0, 0];
    }
    /**
     * Finds the credentials in a text. `keywordHits` (line index -> keyword ids), when given,
     * replaces the keyword pass: the git stream has already run it over the bytes.
     */
    scan(text, options = {}) {
        const todo = new Map();
        let starts;
        if (options.keywordHits) {
            if (options.keywordHits.size === 0)
                return [];
            for (const [lineIndex, ids] of options.keywordHits) {
                const set = new Set();
                for (const id of ids)
                    for (const rule of this.keywordRules[id] ?? [])
                        set.add(rule);
                todo.set(lineIndex, set);
            }
            starts = lineStarts(text);
        }
        else {
            let lineStartsCache;
            this.automaton.scanString(text, (end, id) => {
                lineStartsCache ??= lineStarts(text);
                const lineIndex = lineOf(lineStartsCache, end);
                let set = todo.get(lineIndex);
                if (!set)
                    todo.set(lineIndex, (set = new Set()));
                for (const rule of this.keywordRules[id] ?? [])
                    set.add(rule);
            });
            if (todo.size === 0)
                return [];
            starts = lineStartsCache ?? lineStarts(text);
        }
        const lockfile = options.path !== undefined && isLockfile(options.path);
        const findings = [];
        const taken = [];
        const lineText = (i) => text.slice(starts[i], (starts[i + 1] ?? text.length + 1) - 1).replace(/\r$/, '');
        const mapLine = (i) => options.lineNumbers?.[i] ?? i + 1;
        const ordered = [...todo.entries()].sort((a, b) => a[0] - b[0]);
        for (const [lineIndex, rules] of ordered) {
            const line = lineText(lineIndex);
            const sorted = [...rules].sort((a, b) => Number(a.kind === 'generic') - Number(b.kind === 'generic') || a.index - b.index);
            for (const rule of sorted) {
                if (lockfile && (rule.kind === 'generic' || rule.context !== undefined || rule.kind === 'jwt'))
                    continue;
                if (rule.kind === 'private-key') {
                    const found = this.privateKey(rule, text, starts, lineIndex, line);
                    if (found)
                        findings.push({ ...found, line: mapLine(lineIndex) });
                    continue;
                }
                rule.regex.lastIndex = 0;
                for (let m = rule.regex.exec(line); m !== null; m = rule.regex.exec(line)) {
                    if (m[0].length === 0) {
                        rule.regex.lastIndex++;
                        continue;
                    }
                    const indices = m.indices?.groups;
                    const span = indices?.secret ?? indices?.bare;
                    const secret = m.groups?.secret ?? m.groups?.bare;
                    if (!span || secret === undefined)
                        continue;
                    const [start, end] = span;
                    const generic = rule.kind === 'generic';
                    if (taken.some((t) => t.line === lineIndex && start < t.end && end > t.start && (!t.generic || generic)))
                        continue;
                    const verdict = this.judge(rule, secret, line, start, m);
                    if (verdict === undefined)
                        continue;
                    taken.push({ line: lineIndex, start, end, generic });
                    findings.push({
                        rule,
                        severity: verdict.severity,
                        secret,
                        line: mapLine(lineIndex),
                        column: start + 1,
                        endColumn: end + 1,
                        checksumValid: verdict.checksumValid,
                        inlineAllow: inlineAllow(line),
                    });
                }
            }
        }
        // A specific rule wins over a generic one on the same value.
        const specific = findings.filter((f, i) => f.rule.kind !== 'generic' || !findings.some((g, j) => j !== i && g.rule.kind !== 'generic' && g.line === f.line && g.secret.includes(f.secret)));
        return this.pairs(text, starts, specific, mapLine, lineText);
    }
    judge(rule, secret, line, start, m) {
        let severity = rule.severity;
        if (rule.checksum !== undefined) {
            if (!validateChecksum(rule.checksum, secret))
                return undefined;
            return { severity, checksumValid: true };
        }
        if (isPlaceholder(secret))
            return undefined;
        if (isEncodedContext(line.slice(0, start), line) || isCiphertext(secret))
            return undefined;
        if (rule.kind === 'generic') {
            const name = /[A-Za-z0-9_.-]+(?=["'\]]{0,2}\s{0,3}(?::=|=>|=|:|,)\s{0,3}["'`]?$)/.exec(line.slice(0, start))?.[0] ?? '';
            if (isGenericNoise(name, secret, rule.minEntropy ?? 3))
                return undefined;
            if (/^eyJ/.test(secret))
                return undefined;
            return { severity, checksumValid: false };
        }
        if (rule.minEntropy !== undefined && entropy(secret) < rule.minEntropy)
            return undefined;
        if (rule.kind === 'url') {
            const host = m.groups?.host ?? '';
            if (/^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/i.test(host))
                severity = 'low';
            const user = m.groups?.user ?? '';
            if (secret === user || /^(?:pass|pwd|secret|user|username)$/i.test(secret))
                return undefined;
            if (/^%[sd]$|^\*+$/.test(secret))
                return undefined;
        }
        if (rule.kind === 'jwt') {
            const verdict = judgeJwt(secret);
            if (verdict === undefined)
                return undefined;
            severity = verdict;
        }
        return { severity, checksumValid: false };
    }
    privateKey(rule, text, starts, lineIndex, line) {
        rule.regex.lastIndex = 0;
        const header = rule.regex.exec(line);
        if (!header)
            return undefined;
        const from = (starts[lineIndex] ?? 0) + header.index + header[0].length;
        // Up to 16 kB after the header, with escaped newlines, quotes, indentation and comment markers normalised.
        const window = text.slice(from, from + 16_384).replace(/\\r\\n|\\n|\\r/g, '\n');
        let body = '';
        const parts = [];
        let ended = false;
        if (rule.id === 'private-key-putty') {
            const lines = /Private-Lines:\s*(\d+)\s*\n((?:.*\n?){1,200})/.exec(window);
            if (!lines)
                return undefined;
            const pieces = (lines[2] ?? '')
                .split('\n')
                .slice(0, Number(lines[1]))
                .map((l) => l.replace(/[^A-Za-z0-9+/=]/g, ''));
            parts.push(...pieces.filter((p) => p.length >= 8));
            body = pieces.join('');
            ended = true;
        }
        else {
            const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(header[0])?.[1] ?? '';
            for (const raw of window.split('\n')) {
                const end = PRIVATE_KEY_END.exec(raw);
                const cleaned = raw
                    .replace(PRIVATE_KEY_END, '')
                    .trim()
                    .replace(/^(?:#+|\/\/+|\*+|;+|>+)\s+/, '')
                    .replace(/^["'`]/, '')
                    .replace(/\s*[,;)\\]+$/, '')
                    .replace(/["'`]\s*\+?$/, '');
                if (/^[A-Za-z-]+: /.test(cleaned))
                    continue; // PEM headers (Proc-Type, DEK-Info, Version, Comment)
                const piece = cleaned.replace(/[^A-Za-z0-9+/=]/g, '');
                if (piece.length >= 8)
                    parts.push(piece);
                body += piece;
                if (end) {
                    ended = end[1] === label;
                    break;
                }
                if (body.length > 12_000)
                    break;
            }
        }
        if (body.length < 64 || (!ended && body.length < 400))
            return undefined;
        if (isPlaceholder(body.slice(0, 200)) || entropy(body) < 4.5)
            return undefined;
        return {
            rule,
            severity: rule.severity,
            secret: body,
            column: header.index + 1,
            endColumn: header.index + header[0].length + 1,
            checksumValid: false,
            inlineAllow: inlineAllow(line),
            maskParts: parts,
        };
    }
    /** Pair rules: a partner value (an AWS secret) within a few lines of a primary finding (an AWS key ID). */
    pairs(text, starts, findings, mapLine, lineText) {
        if (this.pairRules.length === 0)
            return findings;
        const out = [...findings];
        for (const pair of this.pairRules) {
            for (const primary of findings) {
                if (primary.rule.id !== pair.pairWith)
                    continue;
                const index = indexOfMapped(primary.line, starts.length, mapLine);
                const window = pair.window ?? 5;
                for (let i = Math.max(0, index - window); i <= Math.min(starts.length - 1, index + window); i++) {
                    const line = lineText(i);
                    pair.regex.lastIndex = 0;
                    for (let m = pair.regex.exec(line); m !== null; m = pair.regex.exec(line)) {
                        const secret = m.groups?.secret ?? '';
                        const span = m.indices?.groups?.secret;
                        if (!span || secret === primary.secret || primary.secret.includes(secret))
                            continue;
                        if (!/[a-z]/.test(secret) || !/[A-Z]/.test(secret) || !/[0-9]/.test(secret))
                            continue;
                        if (isPlaceholder(secret) || entropy(secret) < (pair.minEntropy ?? 4) || isEncodedContext(line.slice(0, span[0]), line))
                            continue;
                        if (out.some((f) => f.secret === secret))
                            continue;
                        out.push({
                            rule: pair,
                            severity: pair.severity,
                            secret,
                            line: mapLine(i),
                            column: span[0] + 1,
                            endColumn: span[1] + 1,
                            checksumValid: false,
                            inlineAllow: inlineAllow(line),
                        });
                    }
                }
            }
        }
        void text;
        return out;
    }
}
function indexOfMapped(line, count, mapLine) {
    for (let i = 0; i < count; i++)
        if (mapLine(i) === line)
            return i;
    return 0;
}
/** The reason of an inline `secret-scan:allow <reason>` comment ('' when none), or undefined. */
function inlineAllow(line) {
    const at = line.indexOf(ALLOW_MARKER);
    if (at < 0)
        return undefined;
    return line
        .slice(at + ALLOW_MARKER.length)
        .replace(/^[:\s-]+/, '')
        .replace(/\\[nrt].*$/, '')
        .replace(/\s*(?:\*\/|-->|%>|#\}|\}\}|"|').*$/, '')
        .trim();
}
function judgeJwt(token) {
    const [header, payload, signature] = token.split('.');
    try {
        const h = JSON.parse(Buffer.from(header ?? '', 'base64url').toString('utf8'));
        const p = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
        if (typeof h !== 'object' || h === null || typeof h.alg !== 'string' || h.alg.toLowerCase() === 'none')
            return undefined;
        if (!signature || signature.length < 16)
            return undefined;
        if (typeof p !== 'object' || p === null)
            return undefined;
        // Public by design: Supabase anon keys and similar client-side keys.
        if (p.role === 'anon' || p.role === 'public')
            return undefined;
        if (p.role === 'service_role' || p.role === 'supabase_admin')
            return 'high';
        return 'medium';
    }
    catch {
        return undefined;
    }
}
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function lineOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
function sha256(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
function fingerprintOf(ruleId, secret) {
    return `${ruleId}:${sha256(secret)}`;
}
/** `ghp_…a1B2 (sha256:0123abcd)`: a known prefix, the last 4 characters and a hash; never more than a quarter of the value. */
function redact(secret) {
    const hash = sha256(secret).slice(0, 8);
    const known = /^(?:[A-Za-z0-9]{1,12}[_-]){1,3}/.exec(secret)?.[0] ?? '';
    const prefixLength = Math.min(known.length || 4, Math.floor(secret.length / 4));
    const tail = secret.length >= 16 ? secret.slice(-4) : '';
    return `${secret.slice(0, prefixLength)}…${tail} (sha256:${hash})`;
}

// EXTERNAL MODULE: ./packages/toolkit/src/config.ts
var src_config = __webpack_require__(1574);
// EXTERNAL MODULE: ./packages/toolkit/src/yaml.ts
var yaml = __webpack_require__(5167);
// EXTERNAL MODULE: ./packages/secrets/node_modules/picomatch/index.js
var picomatch = __webpack_require__(6388);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/secrets/src/fail-on.ts
var fail_on = __webpack_require__(4967);
;// CONCATENATED MODULE: ./packages/secrets/src/config.ts
// `.secret-scan.yml`: extra and disabled rules, ignored paths, per-path severity,
// allow entries with a reason and an optional expiry. Errors name the line and the key.







const CONFIG_FILE = '.secret-scan.yml';
function emptyConfig() {
    return { disabled: [], rules: [], ignorePaths: [], isIgnored: () => false, overrides: [], allow: [], includeVendored: false };
}
function globMatcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    const match = picomatch_default()(patterns, { dot: true });
    return (path) => match(path);
}
/** Loads the config file: the given path (which must exist), or `.secret-scan.yml` in `cwd` when it exists. */
function loadConfig(cwd, file, today = new Date()) {
    const found = (0,src_config.readConfigFile)(cwd, file, CONFIG_FILE);
    return found === undefined ? emptyConfig() : parseConfig(found.text, found.name, today);
}
const KEYS = ['fail-on', 'rules', 'paths', 'severity', 'allow', 'vendored'];
function parseConfig(text, name = CONFIG_FILE, today = new Date()) {
    const parsed = (0,yaml/* parseYamlConfig */.N)(text, name, 'fail-on: high');
    const read = new src_config/* ConfigReader */.ox(parsed.locate);
    const config = emptyConfig();
    config.source = name;
    const root = read.map(parsed.value, [], 'fail-on: high', true);
    read.keys(root, [], KEYS);
    if (root['fail-on'] !== undefined)
        config.failOn = read.oneOf(root['fail-on'], ['fail-on'], fail_on/* FAIL_ON */.d);
    if (root.vendored !== undefined)
        config.includeVendored = read.oneOf(root.vendored, ['vendored'], ['skip', 'scan']) === 'scan';
    if (root.rules !== undefined)
        readRules(read, root.rules, config);
    if (root.paths !== undefined) {
        config.ignorePaths = read.strings(read.map(root.paths, ['paths'], "paths: { ignore: ['docs/**'] }").ignore, ['paths', 'ignore']);
        config.isIgnored = globMatcher(config.ignorePaths);
    }
    if (root.severity !== undefined)
        config.overrides = read
            .list(root.severity, ['severity'], "severity: [{ paths: ['tests/**'], warn-only: true }]")
            .map((item, i) => readOverride(read, item, ['severity', i]));
    if (root.allow !== undefined)
        config.allow = read
            .list(root.allow, ['allow'], "allow: [{ fingerprint: 'rule:sha256', reason: 'test fixture' }]")
            .map((item, i) => readAllow(read, item, ['allow', i], today));
    return config;
}
function readRules(read, value, config) {
    const rules = read.map(value, ['rules'], 'rules: { disable: [generic-api-key] }');
    config.disabled = read.strings(rules.disable, ['rules', 'disable']);
    if (rules.add === undefined)
        return;
    config.rules = read.list(rules.add, ['rules', 'add'], "add: [{ id: acme-api-token, regex: 'acme_[a-z0-9]{32}', keywords: [acme_] }]").map((item, i) => {
        const at = ['rules', 'add', i];
        const rule = read.map(item, at, "{ id: acme-api-token, regex: 'acme_[a-z0-9]{32}', keywords: [acme_] }");
        const id = read.required(rule.id, [...at, 'id'], 'acme-api-token');
        if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
            read.fail([...at, 'id'], `"${id}" must be lower-case letters, digits and dashes`, 'acme-api-token');
        const regex = read.required(rule.regex, [...at, 'regex'], "'acme_[a-z0-9]{32}'");
        try {
            compileRegExp(regex, 'd');
        }
        catch (error) {
            read.fail([...at, 'regex'], `is not a valid regular expression: ${error.message}`);
        }
        const keywords = read.strings(rule.keywords, [...at, 'keywords']).map((k) => k.toLowerCase());
        if (keywords.length === 0)
            read.fail([...at, 'keywords'], 'needs at least one literal keyword that every match contains (used to prefilter)', "['acme_']");
        return {
            id,
            provider: read.optionalText(rule.provider, [...at, 'provider']) ?? 'Custom',
            category: 'generic',
            description: read.optionalText(rule.description, [...at, 'description']) ?? id,
            severity: rule.severity === undefined ? 'high' : read.oneOf(rule.severity, [...at, 'severity'], SEVERITIES, 'medium'),
            keywords,
            secret: regex,
            pattern: regex.includes('(?<secret>') ? regex : `(?<secret>${regex})`,
            minEntropy: rule.entropy === undefined ? undefined : read.number(rule.entropy, [...at, 'entropy'], '3.5'),
        };
    });
}
function readOverride(read, value, at) {
    const item = read.map(value, at, "{ paths: ['tests/**'], warn-only: true }");
    const paths = read.strings(item.paths, [...at, 'paths']);
    if (paths.length === 0)
        read.fail([...at, 'paths'], 'is required', "['tests/**']");
    const warnOnly = item['warn-only'] === undefined ? false : read.boolean(item['warn-only'], [...at, 'warn-only']);
    const severity = item.severity === undefined ? undefined : read.oneOf(item.severity, [...at, 'severity'], SEVERITIES, 'medium');
    if (severity === undefined && !warnOnly)
        read.fail(at, 'needs `severity` or `warn-only: true`', 'severity: low');
    const rules = read.strings(item.rules, [...at, 'rules']);
    return { paths, rules: rules.length ? rules : undefined, severity, warnOnly, match: globMatcher(paths) };
}
function readAllow(read, value, at, today) {
    const item = read.map(value, at, "{ fingerprint: 'rule:sha256', reason: 'test fixture' }");
    const reason = read.optionalText(item.reason, [...at, 'reason']);
    if (reason === undefined)
        return read.fail([...at, 'reason'], 'is required: say why this is not a leak', "reason: 'revoked test key'");
    const fingerprint = read.optionalText(item.fingerprint, [...at, 'fingerprint']);
    const rule = read.optionalText(item.rule, [...at, 'rule']);
    const paths = read.strings(item.paths, [...at, 'paths']);
    if (fingerprint === undefined && rule === undefined && paths.length === 0)
        read.fail(at, 'needs a fingerprint, a rule or paths');
    if (fingerprint !== undefined && !/^[a-z0-9-]+:[0-9a-f]{64}$/.test(fingerprint))
        read.fail([...at, 'fingerprint'], 'must be <rule-id>:<sha256 hex> as printed in the report');
    const expires = read.optionalText(item.expires, [...at, 'expires']);
    let expired = false;
    if (expires !== undefined) {
        const date = new Date(`${expires.slice(0, 10)}T23:59:59Z`);
        if (!/^\d{4}-\d{2}-\d{2}/.test(expires) || Number.isNaN(date.getTime()))
            read.fail([...at, 'expires'], `"${expires}" is not a date`, '2026-12-31');
        expired = date.getTime() < today.getTime();
    }
    return { fingerprint, rule, paths: paths.length ? paths : undefined, reason, expires, expired, matchPath: paths.length ? globMatcher(paths) : undefined };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/toolkit/src/index.ts + 2 modules
var src = __webpack_require__(5312);
;// CONCATENATED MODULE: ./packages/secrets/src/baseline.ts
// The baseline: known findings, by fingerprint (rule id + SHA-256 of the secret), so that
// they survive moves, renames and shifted lines. Written sorted and without timestamps,
// so regenerating it gives the same bytes.


const BASELINE_FILE = '.secret-scan-baseline.json';
function readBaseline(path, name = path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return { version: 1, entries: [] };
    return parseBaseline((0,external_node_fs_.readFileSync)(path, 'utf8'), name);
}
function parseBaseline(text, name) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new src/* ConfigurationError */.j1(name, `is not valid JSON: ${error.message}`, 'regenerate it with `devops-actions secret-scan baseline`');
    }
    const entries = data.findings;
    if (!Array.isArray(entries))
        throw new src/* ConfigurationError */.j1(name, 'has no "findings" list', 'regenerate it with `devops-actions secret-scan baseline`');
    return {
        version: 1,
        entries: entries.map((e, i) => {
            const entry = e;
            if (typeof entry.fingerprint !== 'string' || !/^[a-z0-9-]+:[0-9a-f]{64}$/.test(entry.fingerprint))
                throw new src/* ConfigurationError */.j1(`${name} findings[${i}].fingerprint`, 'must be <rule-id>:<sha256 hex>');
            return { fingerprint: entry.fingerprint, rule: entry.rule ?? entry.fingerprint.split(':')[0] ?? '', file: entry.file ?? '' };
        }),
    };
}
function formatBaseline(entries) {
    const unique = new Map();
    for (const e of entries)
        if (!unique.has(e.fingerprint))
            unique.set(e.fingerprint, { fingerprint: e.fingerprint, rule: e.rule, file: e.file });
    const sorted = [...unique.values()].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
    return `${JSON.stringify({ version: 1, findings: sorted }, null, 2)}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/git/src/index.ts + 3 modules
var git_src = __webpack_require__(5039);
;// CONCATENATED MODULE: ./packages/secrets/src/git.ts
// The history diff stream: one `git log -p` / `git diff` process whose output is parsed
// as it arrives. Every other git call goes through @devops-actions/git directly.


/**
 * Lines kept as offsets into git's output buffers, in typed arrays reused from one file to
 * the next: no copy and no object per line.
 */
class LineRefs {
    buffers = [];
    index = new Int32Array(1024);
    starts = new Int32Array(1024);
    ends = new Int32Array(1024);
    lineNumbers = new Int32Array(1024);
    length = 0;
    /** Where `text` assembles its string: one buffer, grown as needed, for every file. */
    static scratch = Buffer.allocUnsafe(64 * 1024);
    push(buffer, start, end, lineNumber) {
        if (this.length === this.starts.length)
            this.grow();
        if (this.buffers[this.buffers.length - 1] !== buffer)
            this.buffers.push(buffer);
        const i = this.length++;
        this.index[i] = this.buffers.length - 1;
        this.starts[i] = start;
        this.ends[i] = end;
        this.lineNumbers[i] = lineNumber;
    }
    grow() {
        const size = this.starts.length * 2;
        const grown = (old) => {
            const next = new Int32Array(size);
            next.set(old);
            return next;
        };
        this.index = grown(this.index);
        this.starts = grown(this.starts);
        this.ends = grown(this.ends);
        this.lineNumbers = grown(this.lineNumbers);
    }
    reset() {
        this.length = 0;
        this.buffers = [];
    }
    /** The line numbers (in the new file for added lines, the old one for removed lines); valid until the next file. */
    numbers() {
        return this.lineNumbers.subarray(0, this.length);
    }
    /** The lines joined by newlines, decoded as UTF-8. Lines outside `keep` stay as empty lines, so that line indexes do not move. */
    text(keep) {
        let size = this.length;
        for (let i = 0; i < this.length; i++)
            if (keep === undefined || keep[i] === 1)
                size += this.ends[i] - this.starts[i];
        if (LineRefs.scratch.length < size)
            LineRefs.scratch = Buffer.allocUnsafe(2 ** Math.ceil(Math.log2(size)));
        const out = LineRefs.scratch;
        let at = 0;
        for (let i = 0; i < this.length; i++) {
            if (i > 0)
                out[at++] = 10;
            if (keep === undefined || keep[i] === 1)
                at += this.buffers[this.index[i]].copy(out, at, this.starts[i], this.ends[i]);
        }
        return out.toString('utf8', 0, at);
    }
}
/**
 * Runs one git process (`git log -p -U0 ...` or `git diff -U0 ...`) and parses its output
 * as a stream of bytes: hunk headers give line numbers, hunk counts tell content from
 * headers, and only header lines are decoded to text. Added lines take the fast path: one
 * loop finds their end and their keywords together; skipped files' lines are only counted.
 */
async function streamDiff(options) {
    const wantRemoved = options.removed ?? false;
    const prefilter = options.prefilter;
    const stats = { commits: 0, files: 0, bytes: 0 };
    let carry;
    let commit;
    let file;
    /** Whether the current file's lines are read: false before its first hunk and when skipped. */
    let reading = false;
    let checked = false;
    let oldLeft = 0;
    let newLeft = 0;
    let oldLine = 0;
    let newLine = 0;
    const addedRefs = new LineRefs();
    const removedRefs = new LineRefs();
    const addedHits = new KeywordHits();
    const removedHits = new KeywordHits();
    const flush = () => {
        if (file && (file.added.length > 0 || file.removed.length > 0 || file.binary || file.skipped !== undefined)) {
            stats.files++;
            stats.bytes += file.bytes;
            if (prefilter) {
                file.addedHits = hitsByLine(addedHits, prefilter);
                file.removedHits = hitsByLine(removedHits, prefilter);
            }
            // A throw here ends the stream: streamGit stops git and rejects with it.
            options.onFile(file);
        }
        file = undefined;
        reading = false;
    };
    const newFile = (path) => {
        addedRefs.reset();
        removedRefs.reset();
        addedHits.length = 0;
        removedHits.length = 0;
        checked = false;
        reading = false;
        return { commit, path, binary: false, added: addedRefs, removed: removedRefs, prefiltered: prefilter !== undefined, bytes: 0 };
    };
    const addLine = (buf, a, b) => {
        if (reading && file) {
            if (prefilter)
                prefilter.scanLine(buf, a + 1, b, addedHits, file.added.length);
            file.added.push(buf, a + 1, b, newLine);
            file.bytes += b - a;
        }
        newLine++;
        newLeft--;
    };
    const removeLine = (buf, a, b) => {
        if (reading && file && wantRemoved) {
            if (prefilter)
                prefilter.scanLine(buf, a + 1, b, removedHits, file.removed.length);
            file.removed.push(buf, a + 1, b, oldLine);
            file.bytes += b - a;
        }
        oldLine++;
        oldLeft--;
    };
    const handleLine = (buf, a, b) => {
        if (oldLeft > 0 || newLeft > 0) {
            const c = buf[a];
            if (c === 43 /* + */ && newLeft > 0)
                return addLine(buf, a, b);
            if (c === 45 /* - */ && oldLeft > 0)
                return removeLine(buf, a, b);
            if (c === 92 /* \ */)
                return;
            if (c === 32 /* space: context */) {
                oldLine++;
                newLine++;
                oldLeft--;
                newLeft--;
                return;
            }
            // Anything else ends the hunk early (should not happen); fall through to headers.
            oldLeft = 0;
            newLeft = 0;
        }
        const first = buf[a];
        if (first === 92 /* \ No newline at end of file */)
            return;
        const line = buf.toString('utf8', a, b);
        if (line.startsWith('@@')) {
            const m = /^@@+ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
            if (m) {
                oldLine = Number(m[1]);
                oldLeft = m[2] === undefined ? 1 : Number(m[2]);
                newLine = Number(m[3]);
                newLeft = m[4] === undefined ? 1 : Number(m[4]);
                if (oldLeft === 0)
                    oldLine++;
                if (newLeft === 0)
                    newLine++;
            }
            // The path is final once the headers are read: decide here whether to read the lines.
            if (file && !checked) {
                checked = true;
                file.skipped = options.skip?.(file.path);
                reading = file.skipped === undefined;
            }
            return;
        }
        if (line.startsWith('commit ')) {
            flush();
            commit = line.slice(7, 47);
            stats.commits++;
            options.onCommit?.(commit);
            return;
        }
        if (line.startsWith('diff --git ') || line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
            flush();
            const paths = /^diff --git (?:"?a\/)(.*?)"? "?b\/(.*?)"?$/.exec(line);
            file = newFile(paths?.[2] ?? '');
            return;
        }
        if (!file)
            return;
        if (line.startsWith('+++ ')) {
            const p = line.slice(4);
            if (p !== '/dev/null')
                file.path = (0,git_src/* diffHeaderPath */.qs)(p);
        }
        else if (line.startsWith('--- ')) {
            const p = line.slice(4);
            if (p !== '/dev/null')
                file.oldPath = (0,git_src/* diffHeaderPath */.qs)(p);
        }
        else if (line.startsWith('rename to '))
            file.path = (0,git_src/* unquotePath */.Pf)(line.slice(10));
        else if (line.startsWith('rename from '))
            file.oldPath = (0,git_src/* unquotePath */.Pf)(line.slice(12));
        else if (line.startsWith('Binary files '))
            file.binary = true;
    };
    const consume = (buf) => {
        const len = buf.length;
        let pos = 0;
        while (pos < len) {
            if (newLeft > 0 && buf[pos] === 43 /* + */ && prefilter && reading && file) {
                // The hot path: an added line is scanned for keywords up to its newline in one loop.
                const mark = addedHits.length;
                const nl = prefilter.scanLine(buf, pos + 1, len, addedHits, file.added.length);
                if (nl === -1) {
                    addedHits.length = mark; // cut in two: the joined line is read with the next chunk
                    break;
                }
                const end = buf[nl - 1] === 13 && nl > pos + 1 ? nl - 1 : nl;
                file.added.push(buf, pos + 1, end, newLine);
                file.bytes += end - pos;
                newLine++;
                newLeft--;
                pos = nl + 1;
                continue;
            }
            const nl = buf.indexOf(10, pos);
            if (nl === -1)
                break;
            // A removed line nobody reads, or a line of a skipped file: counted, not looked at.
            const c = buf[pos];
            if (c === 45 && oldLeft > 0 && (!reading || !wantRemoved)) {
                oldLine++;
                oldLeft--;
                pos = nl + 1;
                continue;
            }
            if (c === 43 && newLeft > 0 && !reading) {
                newLine++;
                newLeft--;
                pos = nl + 1;
                continue;
            }
            handleLine(buf, pos, nl > pos && buf[nl - 1] === 13 ? nl - 1 : nl);
            pos = nl + 1;
        }
        carry = pos < len ? buf.subarray(pos) : undefined;
    };
    const onChunk = (chunk) => {
        if (carry) {
            // Only the line cut in two is copied; the rest of the chunk is parsed in place.
            const nl = chunk.indexOf(10);
            if (nl === -1) {
                carry = Buffer.concat([carry, chunk]);
                return;
            }
            const line = Buffer.concat([carry, chunk.subarray(0, nl)]);
            carry = undefined;
            handleLine(line, 0, line.length > 0 && line[line.length - 1] === 13 ? line.length - 1 : line.length);
            consume(chunk.subarray(nl + 1));
        }
        else
            consume(chunk);
    };
    await (0,git_src/* streamGit */.t1)(options.repo, options.args, onChunk);
    if (carry && carry.length > 0) {
        const rest = carry;
        carry = undefined;
        handleLine(rest, 0, rest.length);
    }
    flush();
    return stats;
}

;// CONCATENATED MODULE: ./packages/secrets/src/suppressions.ts
// The suppressions a change adds: every way the scanned change makes the scan quieter
// (allow entries, baseline entries, disabled rules, ignored paths, softened severities, a
// looser fail-on, vendored code no longer scanned), found by comparing the config and the
// baseline at the base commit with the ones in the checkout. A reviewer sees each of them
// in the summary, whether or not it matches a finding today.



const STRICTNESS = { low: 3, medium: 2, high: 1, none: 0 };
/** The file at a commit (`<rev>:./<path>`, relative to cwd), or undefined when it did not exist. */
function showAt(repo, commit, path) {
    return (0,git_src/* tryGit */.Ii)(repo, ['show', '--end-of-options', `${commit}:./${path.replace(/^\.\//, '')}`]);
}
/** What the change from `base` to the checkout adds to the config and the baseline; a note when the base's files cannot be read. */
async function addedSuppressions(repo, base, sources, current, today = new Date()) {
    let before;
    let beforeBaseline;
    try {
        const text = await showAt(repo, base, sources.config);
        before = text === undefined ? emptyConfig() : parseConfig(text, `${sources.config} at ${base.slice(0, 12)}`, today);
        const json = await showAt(repo, base, sources.baseline);
        beforeBaseline = json === undefined ? { version: 1, entries: [] } : parseBaseline(json, `${sources.baseline} at ${base.slice(0, 12)}`);
    }
    catch (error) {
        return {
            added: [],
            notice: `Could not read the config or baseline at the base commit (${error.message}); the suppressions this change adds are not listed.`,
        };
    }
    const added = [];
    const config = current.config;
    const file = sources.config;
    const allowKey = (a) => JSON.stringify([a.fingerprint, a.rule, a.paths, a.reason, a.expires]);
    const allowedBefore = new Set(before.allow.map(allowKey));
    for (const a of config.allow) {
        if (allowedBefore.has(allowKey(a)))
            continue;
        const target = [a.fingerprint ?? a.rule ?? 'every rule', a.paths ? `in ${a.paths.join(', ')}` : ''].filter(Boolean).join(' ');
        added.push({ via: 'config', file, what: `allow ${target}${a.expires ? ` until ${a.expires}` : ''}`, reason: a.reason });
    }
    for (const id of config.disabled)
        if (!before.disabled.includes(id))
            added.push({ via: 'config', file, what: `rule ${id} disabled` });
    for (const glob of config.ignorePaths)
        if (!before.ignorePaths.includes(glob))
            added.push({ via: 'config', file, what: `paths matching ${glob} not scanned` });
    const overrideKey = (o) => JSON.stringify([o.paths, o.rules, o.severity, o.warnOnly]);
    const overridesBefore = new Set(before.overrides.map(overrideKey));
    for (const o of config.overrides) {
        if (overridesBefore.has(overrideKey(o)))
            continue;
        const scope = `${o.rules ? `${o.rules.join(', ')} in ` : ''}${o.paths.join(', ')}`;
        if (o.warnOnly)
            added.push({ via: 'config', file, what: `findings in ${scope} only warn` });
        else if (o.severity)
            added.push({ via: 'config', file, what: `findings in ${scope} set to ${o.severity}` });
    }
    const failBefore = before.failOn ?? 'medium';
    const failNow = config.failOn ?? 'medium';
    if (STRICTNESS[failNow] < STRICTNESS[failBefore])
        added.push({ via: 'config', file, what: `fail-on loosened from ${failBefore} to ${failNow}` });
    if (before.includeVendored && !config.includeVendored)
        added.push({ via: 'config', file, what: 'vendored directories no longer scanned' });
    const baselineBefore = new Set(beforeBaseline.entries.map((e) => e.fingerprint));
    for (const e of current.baseline.entries)
        if (!baselineBefore.has(e.fingerprint))
            added.push({ via: 'baseline', file: sources.baseline, what: `${e.fingerprint.slice(0, e.fingerprint.indexOf(':') + 13)}… (${e.file || e.rule})` });
    return { added };
}

;// CONCATENATED MODULE: ./packages/secrets/src/scan.ts
// Scans a checkout: resolves what to scan (fail closed: a shallow clone is deepened until the
// range resolves), streams it through the detector, and applies the policy.












const SCAN_MODES = ['pull_request', 'push', 'merge_group', 'history', 'tree', 'staged', 'range'];
const ZERO_SHA = '0000000000000000000000000000000000000000';
/**
 * What was asked cannot be scanned (no commits in the range, history the checkout lacks): the
 * user's to fix, and the step must fail, never pass.
 */
class ScanError extends src/* ConfigurationError */.j1 {
    name = 'ScanError';
    constructor(message) {
        super('scan', message, undefined, { plain: true });
    }
}
const RANK = { low: 1, medium: 2, high: 3 };
function atLeast(severity, threshold) {
    return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}
/** Whether a finding fails the scan: at or above fail-on and not warn-only. */
function blocks(finding, failOn) {
    return !finding.warnOnly && atLeast(finding.severity, failOn);
}
function activeRules(config) {
    const unknown = config.disabled.filter((id) => !RULES.some((r) => r.id === id) && !config.rules.some((r) => r.id === id));
    if (unknown.length > 0)
        throw new src/* ConfigurationError */.j1(`${config.source ?? 'config'} rules.disable`, `unknown rule id ${unknown.join(', ')}`, 'generic-api-key');
    const clash = config.rules.find((r) => RULES.some((b) => b.id === r.id));
    if (clash)
        throw new src/* ConfigurationError */.j1(`${config.source ?? 'config'} rules.add`, `the id ${clash.id} is already a built-in rule`, `${clash.id}-custom`);
    return [...RULES, ...config.rules].filter((r) => !config.disabled.includes(r.id));
}
const LOG_PREFIX = ['-c', 'diff.noprefix=false', '-c', 'log.showSignature=false'];
const DIFF_FLAGS = ['-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--src-prefix=a/', '--dst-prefix=b/'];
/** What a scan gathers as it reads: where each secret occurs, the files it saw, the ones it skipped. */
class Gathering {
    occurrences = [];
    files = new Set();
    scanned;
    detector;
    config;
    maxFileSize;
    constructor(mode, config, detector, maxFileSize) {
        this.scanned = { mode, commits: 0, files: 0, bytes: 0, skipped: [] };
        this.config = config;
        this.detector = detector;
        this.maxFileSize = maxFileSize;
    }
    /** Why a path is not read, or undefined when it is. */
    skip = (path) => {
        if (this.config.isIgnored(path))
            return 'ignored by paths.ignore';
        if (!this.config.includeVendored && isVendoredPath(path))
            return 'vendored';
        if (isBinaryPath(path))
            return 'binary';
        return undefined;
    };
    addSkipped(path, reason) {
        const skipped = this.scanned.skipped;
        if (skipped.length < 1000 && !skipped.some((s) => s.path === path && s.reason === reason))
            skipped.push({ path, reason });
    }
    /** One file's changes from the diff stream: its added and removed lines through the rules. */
    onFile = (diff) => {
        this.files.add(diff.path);
        const why = diff.binary ? 'binary' : (diff.skipped ?? this.skip(diff.path));
        if (why)
            return this.addSkipped(diff.path, why);
        if (diff.bytes > this.maxFileSize)
            return this.addSkipped(diff.path, `larger than max-file-size (${diff.bytes} > ${this.maxFileSize} bytes)`);
        if (diff.added.length > 0 && (!diff.prefiltered || diff.addedHits !== undefined)) {
            const text = diff.added.text(this.keepAround(diff.addedHits, diff.added.length));
            for (const raw of this.detector.scan(text, { path: diff.path, lineNumbers: diff.added.numbers(), keywordHits: diff.addedHits }))
                this.occurrences.push({ raw, file: diff.path, commit: diff.commit, removed: false });
        }
        if (diff.removed.length > 0 && (!diff.prefiltered || diff.removedHits !== undefined)) {
            const path = diff.oldPath ?? diff.path;
            const text = diff.removed.text(this.keepAround(diff.removedHits, diff.removed.length));
            for (const raw of this.detector.scan(text, { path, lineNumbers: diff.removed.numbers(), keywordHits: diff.removedHits }))
                this.occurrences.push({ raw, file: path, commit: diff.commit, removed: true });
        }
    };
    /** The lines the rules read: each hit's line, the pair window around a pair rule's hit, the block after a private key header. */
    keepAround(hits, count) {
        if (hits === undefined)
            return undefined;
        const keep = new Uint8Array(count);
        for (const [line, ids] of hits) {
            let before = 0;
            let after = 0;
            for (const id of ids) {
                const [b, a] = this.detector.linesAround(id);
                before = Math.max(before, b);
                after = Math.max(after, a);
            }
            keep.fill(1, Math.max(0, line - before), Math.min(count, line + after + 1));
        }
        return keep;
    }
}
async function scan(request) {
    const config = request.config ?? emptyConfig();
    const rules = activeRules(config);
    const gathering = new Gathering(request.mode, config, new Detector(rules), request.maxFileSize ?? 1024 * 1024);
    const repo = { cwd: request.cwd, env: request.env };
    const notices = [];
    let added = [];
    if (request.mode === 'tree')
        await scanTree(repo, gathering);
    else if (request.mode === 'staged')
        await scanStaged(repo, gathering);
    else
        added = await scanCommits(request, config, repo, gathering, notices);
    gathering.scanned.files = gathering.files.size;
    return { ...applyPolicy(request, config, rules, gathering.occurrences, gathering.scanned, notices), addedSuppressions: added };
}
async function scanStaged(repo, gathering) {
    if (!(await (0,git_src/* isRepository */.Z6)(repo)))
        throw new ScanError(`${repo.cwd} is not a git repository: staged mode scans the index`);
    const stats = await streamDiff({
        repo,
        args: [...LOG_PREFIX, 'diff', '--cached', ...DIFF_FLAGS.filter((f) => f !== '-p')],
        prefilter: gathering.detector.automaton,
        skip: gathering.skip,
        onFile: gathering.onFile,
    });
    gathering.scanned.bytes = stats.bytes;
    gathering.scanned.range = 'staged changes (index)';
}
/** The commits of a change or of the history; returns the suppressions the change adds to the config and baseline. */
async function scanCommits(request, config, repo, gathering, notices) {
    const log = request.log ?? (() => undefined);
    const target = await resolveRange(request, repo, { remote: request.remote, fetch: request.fetch ?? true, log }, notices);
    const scanned = gathering.scanned;
    scanned.range = target.description;
    if (target.deepened)
        scanned.deepened = target.deepened;
    log(`Scanning ${target.description}`);
    const stats = await streamDiff({
        repo,
        args: [...LOG_PREFIX, 'log', ...DIFF_FLAGS, '--format=commit %H', ...target.args, '--'],
        removed: target.removed,
        prefilter: gathering.detector.automaton,
        skip: gathering.skip,
        onFile: gathering.onFile,
    });
    scanned.commits = stats.commits;
    scanned.bytes = stats.bytes;
    if (stats.commits === 0)
        throw new ScanError(`no commits were found in ${target.description}: nothing was scanned, so the scan cannot pass. Check the refs, or fetch more history (actions/checkout: fetch-depth: 0).`);
    if (!target.base || !request.suppressionSources)
        return [];
    const changes = await addedSuppressions(repo, target.base, request.suppressionSources, {
        config,
        baseline: request.baseline ?? { version: 1, entries: [] },
    });
    if (changes.notice)
        notices.push(changes.notice);
    return changes.added;
}
const scan_short = (sha) => sha.slice(0, 12);
const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
/** How a shallow checkout was deepened to find the merge base, for the summary; undefined when it was not. */
function deepening(found) {
    if (found.unshallowed)
        return 'fetched the full history (git fetch --unshallow)';
    if (found.deepened > 0)
        return `deepened the shallow checkout (git fetch --deepen, ${plural(found.deepened, 'step')})`;
    return undefined;
}
async function commitsBetween(repo, base, head) {
    return Number((await (0,git_src/* git */.$Y)(repo, ['rev-list', '--count', '--end-of-options', `${base}..${head}`])).trim());
}
async function resolveRange(request, repo, policy, notices) {
    if (!(await (0,git_src/* isRepository */.Z6)(repo)))
        throw new ScanError(`${repo.cwd} is not a git repository: check out the repository first (actions/checkout)`);
    switch (request.mode) {
        case 'pull_request':
        case 'merge_group':
        case 'range':
            return resolveChange(request, repo, policy);
        case 'push': {
            if (!request.head)
                throw new ScanError('push needs the pushed commit (after)');
            const after = await (0,git_src/* ensureCommit */.q$)(repo, (0,git_src/* checkRef */.__)('after', request.head), policy);
            if (request.base && request.base !== ZERO_SHA)
                return resolvePush(repo, request.base, after, policy, notices);
            return resolveNewBranch(repo, request.defaultBranch ?? 'main', after, policy, notices);
        }
        case 'history':
            return resolveHistory(request, repo, policy);
        default:
            throw new ScanError(`unknown mode ${String(request.mode)}`);
    }
}
/** A pull request, a merge group or a range: the commits from the merge base to the head. */
async function resolveChange(request, repo, policy) {
    if (!request.base || !request.head)
        throw new ScanError(`${request.mode} needs a base and a head commit`);
    const head = await (0,git_src/* ensureCommit */.q$)(repo, (0,git_src/* checkRef */.__)('head', request.head), policy);
    const baseTip = await (0,git_src/* ensureCommit */.q$)(repo, (0,git_src/* checkRef */.__)('base', request.base), policy);
    const found = await (0,git_src/* mergeBase */.wu)(repo, baseTip, head, policy);
    const count = await commitsBetween(repo, found.sha, head);
    if (count === 0)
        throw new ScanError(`there are no commits between the merge base ${scan_short(found.sha)} and ${scan_short(head)}: nothing to scan`);
    return {
        args: ['--reverse', `${found.sha}..${head}`],
        description: `${scan_short(found.sha)}..${scan_short(head)} (${plural(count, 'commit')})`,
        removed: true,
        deepened: deepening(found),
        base: found.sha,
    };
}
/** A push to an existing branch: before..after. */
async function resolvePush(repo, beforeRef, after, policy, notices) {
    const before = await (0,git_src/* ensureCommit */.q$)(repo, (0,git_src/* checkRef */.__)('before', beforeRef), policy);
    const found = await (0,git_src/* mergeBase */.wu)(repo, before, after, policy);
    const count = await commitsBetween(repo, found.sha, after);
    if (count === 0) {
        notices.push(`The push moved the branch back to ${scan_short(after)} (no new commits); scanned that commit.`);
        return { args: ['-1', after], description: `${scan_short(after)} (the pushed commit)`, removed: false, deepened: deepening(found), base: before };
    }
    return {
        args: ['--reverse', `${found.sha}..${after}`],
        description: `${scan_short(before)}..${scan_short(after)} (${plural(count, 'commit')})`,
        removed: true,
        deepened: deepening(found),
        base: found.sha,
    };
}
/** A push of a new branch: the commits that are not on the default branch. */
async function resolveNewBranch(repo, defaultBranch, after, policy, notices) {
    const branch = (0,git_src/* checkRef */.__)('default branch', defaultBranch);
    const defaultRef = await (0,git_src/* branchTip */.ux)(repo, branch, policy);
    if (!defaultRef) {
        notices.push(`The default branch ${branch} is not available; scanned the whole history of ${scan_short(after)}.`);
        await requireFullHistory(repo, policy, `a new branch was pushed, the default branch ${branch} is not in the checkout and the history is shallow.`);
        return { args: ['--reverse', after], description: `all history of ${scan_short(after)}`, removed: false };
    }
    const found = await (0,git_src/* mergeBase */.wu)(repo, defaultRef, after, policy);
    const count = await commitsBetween(repo, found.sha, after);
    if (count === 0) {
        notices.push(`The new branch has no commits that are not on ${branch}; scanned its tip commit ${scan_short(after)}.`);
        return { args: ['-1', after], description: `${scan_short(after)} (new branch at a commit of ${branch})`, removed: false, deepened: deepening(found) };
    }
    return {
        args: ['--reverse', `${found.sha}..${after}`],
        description: `new branch: ${scan_short(found.sha)}..${scan_short(after)}, the ${plural(count, 'commit')} not on ${branch}`,
        removed: true,
        deepened: deepening(found),
        base: found.sha,
    };
}
/** Scans of whole histories need all of it: a shallow clone is unshallowed in one fetch, or the scan is refused. */
async function requireFullHistory(repo, policy, why) {
    if (!(await (0,git_src/* isShallow */.fE)(repo)))
        return;
    const remote = policy.fetch ? await (0,git_src/* findRemote */._Y)(repo, policy.remote) : undefined;
    if (remote !== undefined) {
        policy.log('Shallow checkout: fetching the full history');
        await (0,git_src/* tryGit */.Ii)(repo, ['fetch', '--no-tags', '--quiet', '--unshallow', '--end-of-options', remote]);
    }
    if (await (0,git_src/* isShallow */.fE)(repo))
        throw new ScanError(`${why} ${git_src/* FETCH_HINT */.nN}`);
}
/** Every ref's history, or the part after a date or a ref. */
async function resolveHistory(request, repo, policy) {
    await requireFullHistory(repo, policy, 'a history scan needs the full history, and this checkout is shallow.');
    const since = request.since;
    if (since === undefined || since === '')
        return { args: ['--all'], description: 'all refs, full history', removed: false };
    if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(since))
        return { args: ['--all', `--since=${since}`], description: `all refs, commits since ${since}`, removed: false };
    const ref = await (0,git_src/* revParse */.DJ)(repo, (0,git_src/* checkRef */.__)('since', since));
    if (!ref)
        throw new src/* ConfigurationError */.j1('since', `"${since}" is neither a date (2026-01-31) nor a ref in this checkout`);
    return { args: ['--all', `^${ref}`], description: `all refs, commits after ${since} (${scan_short(ref)})`, removed: false };
}
async function scanTree(repo, gathering) {
    let paths;
    if (await (0,git_src/* isRepository */.Z6)(repo)) {
        const listed = await (0,git_src/* git */.$Y)(repo, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
        paths = [...new Set(listed.split('\0').filter((p) => p !== ''))];
    }
    else {
        paths = await walk(repo.cwd);
    }
    // Synchronous reads: a tree is thousands of small files, and each promise-based open, stat,
    // read and close is a round trip through the thread pool that costs more than the read.
    const hits = new KeywordHits();
    const { detector, maxFileSize, scanned } = gathering;
    for (const path of paths) {
        const why = gathering.skip(path);
        if (why) {
            gathering.addSkipped(path, why);
            continue;
        }
        const full = (0,external_node_path_.join)(repo.cwd, path);
        let bytes;
        try {
            const info = (0,external_node_fs_.lstatSync)(full);
            if (!info.isFile())
                continue;
            gathering.files.add(path);
            if (info.size > maxFileSize) {
                gathering.addSkipped(path, `larger than max-file-size (${info.size} > ${maxFileSize} bytes)`);
                continue;
            }
            bytes = (0,external_node_fs_.readFileSync)(full);
        }
        catch {
            continue; // deleted in the working tree
        }
        if (looksBinary(bytes)) {
            gathering.addSkipped(path, 'binary');
            continue;
        }
        scanned.bytes += bytes.length;
        // Keywords are found in the bytes; only a file with one is decoded and given to the rules.
        scanFileBytes(detector.automaton, bytes, hits);
        const keywordHits = hitsByLine(hits, detector.automaton);
        if (keywordHits === undefined)
            continue;
        for (const raw of detector.scan(bytes.toString('utf8'), { path, keywordHits }))
            gathering.occurrences.push({ raw, file: path, removed: false });
    }
    scanned.range = 'working tree';
}
async function walk(root, dir = root, out = []) {
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        if (entry.name === '.git' || entry.name === 'node_modules')
            continue;
        const full = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            await walk(root, full, out);
        else if (entry.isFile())
            out.push((0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/'));
    }
    return out;
}
/** One finding per secret (by fingerprint): its occurrences counted, placed where it was added rather than where it was removed. */
function mergeOccurrences(occurrences) {
    const byFingerprint = new Map();
    for (const o of occurrences) {
        const fingerprint = fingerprintOf(o.raw.rule.id, o.raw.secret);
        const existing = byFingerprint.get(fingerprint);
        if (existing) {
            existing.finding.occurrences++;
            if (o.removed)
                existing.removed = true;
            else if (!existing.added) {
                existing.added = true;
                Object.assign(existing.finding, { file: o.file, line: o.raw.line, column: o.raw.column, endColumn: o.raw.endColumn, commit: o.commit });
                existing.raw = o.raw;
            }
            continue;
        }
        byFingerprint.set(fingerprint, {
            raw: o.raw,
            removed: o.removed,
            added: !o.removed,
            finding: {
                rule: o.raw.rule.id,
                description: o.raw.rule.description,
                severity: o.raw.severity,
                file: o.file,
                line: o.raw.line,
                column: o.raw.column,
                endColumn: o.raw.endColumn,
                commit: o.commit,
                redacted: redact(o.raw.secret),
                fingerprint,
                status: 'new',
                removedLater: false,
                checksumValid: o.raw.checksumValid,
                warnOnly: false,
                occurrences: 1,
            },
        });
    }
    return byFingerprint;
}
/** The first per-path override that matches sets the severity or makes the finding warn only. */
function applyOverride(f, config) {
    const override = config.overrides.find((o) => o.match(f.file) && (!o.rules || o.rules.includes(f.rule)));
    if (override?.severity)
        f.severity = override.severity;
    if (override?.warnOnly)
        f.warnOnly = true;
}
/** What leaves a finding out of the report (the baseline, an allow entry, an inline allow with a reason), or undefined. */
function suppressionOf(item, baseline, config, notices) {
    const f = item.finding;
    if (baseline.has(f.fingerprint))
        return { finding: f, via: 'baseline', reason: 'in the baseline' };
    const allowed = config.allow.find((a) => !a.expired &&
        (a.fingerprint === undefined || a.fingerprint === f.fingerprint) &&
        (a.rule === undefined || a.rule === f.rule) &&
        (a.matchPath === undefined || a.matchPath(f.file)));
    if (allowed)
        return { finding: f, via: 'config', reason: allowed.reason };
    const inline = item.raw.inlineAllow;
    if (inline === undefined)
        return undefined;
    if (inline === '')
        notices.push(`${f.file}:${f.line}: the inline secret-scan:allow has no reason, so it is ignored. Write \`secret-scan:allow <why this is not a leak>\`.`);
    else if (f.checksumValid)
        notices.push(`${f.file}:${f.line}: a checksum-valid ${f.rule} token is a real credential; an inline allow is not enough. Rotate it, or add its fingerprint to ${config.source ?? '.secret-scan.yml'} under allow.`);
    else
        return { finding: f, via: 'inline', reason: inline };
    return undefined;
}
function applyPolicy(request, config, rules, occurrences, scanned, notices) {
    const failOn = request.failOn ?? config.failOn ?? 'medium';
    const masks = new Set(occurrences.flatMap((o) => [o.raw.secret, ...(o.raw.maskParts ?? [])]));
    const merged = mergeOccurrences(occurrences);
    const baseline = new Set((request.baseline?.entries ?? []).map((e) => e.fingerprint));
    const findings = [];
    const suppressed = [];
    for (const entry of config.allow)
        if (entry.expired)
            notices.push(`The allow entry "${entry.reason}" expired on ${entry.expires ?? '?'}: it no longer applies.`);
    for (const item of merged.values()) {
        const f = item.finding;
        if (!item.added)
            f.status = 'still-in-history';
        else if (item.removed)
            f.removedLater = true;
        applyOverride(f, config);
        const suppression = suppressionOf(item, baseline, config, notices);
        if (suppression)
            suppressed.push(suppression);
        else
            findings.push(f);
    }
    const order = (f) => -RANK[f.severity];
    findings.sort((a, b) => order(a) - order(b) || a.file.localeCompare(b.file) || a.line - b.line);
    const fullScan = request.mode === 'tree' || (request.mode === 'history' && !request.since);
    const staleBaseline = fullScan ? (request.baseline?.entries ?? []).filter((e) => !merged.has(e.fingerprint)) : [];
    for (const s of scanned.skipped.filter((x) => x.reason.startsWith('larger')).slice(0, 20))
        notices.push(`Skipped ${s.path}: ${s.reason}.`);
    const failed = findings.some((f) => blocks(f, failOn));
    return { findings, suppressed, staleBaseline, scanned, notices, failOn, failed, rules, masks: [...masks] };
}

// EXTERNAL MODULE: ./packages/toolkit/src/sarif.ts
var sarif = __webpack_require__(3547);
;// CONCATENATED MODULE: ./packages/secrets/src/report.ts
// The one report contract of a scan result, shared by the action and the CLI: the JSON report,
// SARIF 2.1.0 for code scanning, plain text for the terminal, Markdown for job summaries and
// pull request comments, and the annotations. Only redacted values and fingerprints appear.



function toJson(result) {
    return {
        passed: !result.failed,
        failOn: result.failOn,
        findings: result.findings.map(jsonFinding),
        suppressed: result.suppressed.map((s) => ({ ...jsonFinding(s.finding), via: s.via, reason: s.reason })),
        addedSuppressions: result.addedSuppressions,
        staleBaseline: result.staleBaseline,
        scanned: {
            mode: result.scanned.mode,
            ...(result.scanned.range === undefined ? {} : { range: result.scanned.range }),
            commits: result.scanned.commits,
            files: result.scanned.files,
            bytes: result.scanned.bytes,
            skipped: result.scanned.skipped.length,
            ...(result.scanned.deepened === undefined ? {} : { deepened: result.scanned.deepened }),
        },
        notices: result.notices,
    };
}
function jsonFinding(f) {
    return {
        rule: f.rule,
        severity: f.severity,
        file: f.file,
        line: f.line,
        column: f.column,
        ...(f.commit === undefined ? {} : { commit: f.commit }),
        redacted: f.redacted,
        fingerprint: f.fingerprint,
        status: f.status,
        removedLater: f.removedLater,
        checksumValid: f.checksumValid,
        warnOnly: f.warnOnly,
        description: f.description,
    };
}
const SECURITY_SEVERITY = { high: '8.9', medium: '6.5', low: '3.0' };
function findingMessage(f) {
    const where = f.commit ? ` (commit ${f.commit.slice(0, 12)})` : '';
    if (f.status === 'still-in-history')
        return `${f.description}: ${f.redacted} was removed here but is still in the git history${where}. Rotate it: removing it does not un-leak it.`;
    const later = f.removedLater ? ' It is removed again later in this change, but stays in the history: rotate it.' : '';
    return `${f.description}: ${f.redacted}${where}.${later} Rotate the credential, then remove it or add its fingerprint to the baseline.`;
}
/** SARIF 2.1.0 in the shape GitHub code scanning ingests: the rules that matched, one result per finding. */
function toSarif(result, tool = { version: '0.0.0' }) {
    const findings = result.findings.map((f) => ({
        ruleId: f.rule,
        level: (0,sarif/* sarifLevel */.s)(f.severity),
        message: findingMessage(f),
        file: f.file,
        line: f.line,
        column: f.column,
        endColumn: f.endColumn,
        fingerprints: { 'secretFingerprint/v1': f.fingerprint },
        properties: { severity: f.severity, status: f.status, ...(f.commit ? { commit: f.commit } : {}), redacted: f.redacted },
    }));
    return (0,sarif/* toSarifLog */.x)({
        name: 'devops-actions secret-scan',
        version: tool.version,
        informationUri: tool.informationUri ?? 'https://github.com/devops-actions/devops-actions/tree/main/secret-scan',
        rules: result.rules.map(sarifRule),
    }, findings, { automationId: `secret-scan/${result.scanned.mode}/` });
}
function sarifRule(rule) {
    return {
        id: rule.id,
        name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase()),
        shortDescription: { text: rule.description },
        fullDescription: {
            text: `${rule.description} (${rule.provider}). Found committed credentials must be rotated: removing them from the code does not remove them from the git history.`,
        },
        defaultConfiguration: { level: (0,sarif/* sarifLevel */.s)(rule.severity) },
        help: {
            text: `Rotate the ${rule.provider} credential, remove it from the repository, and load it from a secret store at run time.`,
            markdown: `Rotate the **${rule.provider}** credential, remove it from the repository, and load it from a secret store (for example GitHub Actions secrets) at run time.`,
        },
        properties: {
            tags: ['security', 'secret', rule.category],
            'security-severity': SECURITY_SEVERITY[rule.severity],
            precision: rule.kind === 'generic' ? 'medium' : 'high',
        },
    };
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
function scannedSentence(result) {
    const s = result.scanned;
    const parts = [`${s.range ?? s.mode}`];
    if (s.mode !== 'tree' && s.mode !== 'staged')
        parts.push(`${s.commits} commit${s.commits === 1 ? '' : 's'}`);
    parts.push(`${s.files} file${s.files === 1 ? '' : 's'}`, formatBytes(s.bytes));
    return `Scanned ${parts.join(', ')}${s.skipped.length ? ` (${s.skipped.length} skipped: binary, vendored, ignored or too large)` : ''}.`;
}
function toText(result) {
    const lines = [];
    for (const f of result.findings) {
        const tag = f.status === 'still-in-history' ? ' [still in history]' : f.removedLater ? ' [removed later, still in history]' : '';
        lines.push(`${f.file}:${f.line}:${f.column}  ${f.severity.padEnd(6)} ${f.rule}  ${f.redacted}${f.commit ? `  ${f.commit.slice(0, 12)}` : ''}${tag}${f.warnOnly ? ' (warn only)' : ''}`);
    }
    for (const s of result.suppressed)
        lines.push(`suppressed (${s.via}: ${s.reason}): ${s.finding.file}:${s.finding.line} ${s.finding.rule} ${s.finding.redacted}`);
    for (const a of result.addedSuppressions)
        lines.push(`suppression added in ${a.file}: ${a.what}${a.reason ? ` (${a.reason})` : ''}`);
    for (const e of result.staleBaseline)
        lines.push(`stale baseline entry (no longer found): ${e.fingerprint} (${e.file})`);
    for (const n of result.notices)
        lines.push(`notice: ${n}`);
    lines.push(scannedSentence(result));
    const counts = countBySeverity(result.findings);
    lines.push(result.findings.length === 0
        ? 'No secrets found.'
        : `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} (high ${counts.high}, medium ${counts.medium}, low ${counts.low}); fail-on ${result.failOn}: ${result.failed ? 'FAILED' : 'passed'}.`);
    return lines.join('\n') + '\n';
}
function countBySeverity(findings) {
    const counts = { high: 0, medium: 0, low: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/** The findings that fail the step. */
function blockingFindings(result) {
    return result.findings.filter((f) => blocks(f, result.failOn));
}
/** One annotation per finding on its line (an error when it fails the step), and one per notice. */
function toAnnotations(result) {
    const blocking = new Set(blockingFindings(result));
    const annotations = result.findings.map((f) => ({
        level: blocking.has(f) ? 'error' : 'warning',
        title: `secret-scan: ${f.rule}${f.status === 'still-in-history' ? ' (still in history)' : ''}`,
        message: findingMessage(f),
        file: f.file,
        line: f.line,
        col: f.column,
        endColumn: f.endColumn,
    }));
    for (const notice of result.notices)
        annotations.push({ level: 'notice', message: notice });
    return annotations;
}
const MAX_ROWS = 200;
/** The job summary and the pull request comment. */
function toMarkdown(result, options = {}) {
    const status = result.failed ? (0,src/* badge */.qS)('failed') : result.findings.length > 0 ? (0,src/* badge */.qS)('warning') : (0,src/* badge */.qS)('passed');
    let md = (0,src/* heading */.R_)(`Secret scan ${status}`);
    md += `${scannedSentence(result)}\n\n`;
    if (result.scanned.deepened)
        md += `The checkout was shallow: ${result.scanned.deepened}.\n\n`;
    md += result.findings.length === 0 ? `No secrets found (fail-on: ${result.failOn}).\n\n` : severityTable(result);
    if (result.findings.length > 0)
        md += findingsSection(result.findings);
    md += suppressionsSection(result);
    if (result.staleBaseline.length > 0)
        md += (0,src/* details */.zH)(`Stale baseline entries: ${result.staleBaseline.length}`, (0,src/* list */.p_)(result.staleBaseline.map((e) => `${(0,src/* code */.aY)(e.fingerprint)} (${e.file})`)));
    if (result.notices.length > 0)
        md += (0,src/* heading */.R_)('Notices', 3) + (0,src/* list */.p_)(result.notices);
    if (options.note)
        md += `\n${options.note}\n`;
    return md;
}
function severityTable(result) {
    const counts = countBySeverity(result.findings);
    const rows = [
        ['high', counts.high],
        ['medium', counts.medium],
        ['low', counts.low],
    ];
    return `${(0,src/* table */.tp)(['severity', 'findings'], rows)}\nfail-on: \`${result.failOn}\`\n\n`;
}
function findingStatus(f) {
    if (f.status === 'still-in-history')
        return 'removed here, still in history: rotate';
    return f.removedLater ? 'removed later, still in history: rotate' : 'added';
}
function findingsSection(findings) {
    let md = (0,src/* heading */.R_)('Findings', 3);
    md += (0,src/* table */.tp)(['where', 'rule', 'severity', 'value (redacted)', 'commit', 'status'], findings
        .slice(0, MAX_ROWS)
        .map((f) => [
        `${f.file}:${f.line}`,
        f.rule,
        f.warnOnly ? `${f.severity} (warn only)` : f.severity,
        f.redacted,
        f.commit ? f.commit.slice(0, 12) : '',
        findingStatus(f),
    ]));
    if (findings.length > MAX_ROWS)
        md += `\n…and ${findings.length - MAX_ROWS} more in the JSON report.\n`;
    return md + '\nRotate each credential at its provider first: deleting it from the code does not remove it from the git history.\n\n';
}
function suppressionsSection(result) {
    let md = '';
    // Every suppression the change adds, open: a reviewer must see each one, whether or not it hides a finding today.
    const inline = result.suppressed.filter((s) => s.via === 'inline');
    if (inline.length > 0 || result.addedSuppressions.length > 0) {
        md += (0,src/* heading */.R_)(`Suppressions this change adds: ${inline.length + result.addedSuppressions.length}`, 3);
        md += (0,src/* table */.tp)(['where', 'what', 'reason'], [
            ...inline.map((s) => [`${s.finding.file}:${s.finding.line}`, `inline allow of ${s.finding.rule} ${s.finding.redacted}`, s.reason]),
            ...result.addedSuppressions.map((a) => [a.file, a.what, a.reason ?? '']),
        ]);
    }
    const older = result.suppressed.filter((s) => s.via !== 'inline');
    if (older.length > 0)
        md += (0,src/* details */.zH)(`Suppressed by the config or baseline: ${older.length}`, (0,src/* table */.tp)(['where', 'rule', 'value (redacted)', 'by', 'reason'], older.map((s) => [`${s.finding.file}:${s.finding.line}`, s.finding.rule, s.finding.redacted, s.via, s.reason])));
    return md;
}

;// CONCATENATED MODULE: ./packages/secrets/src/index.ts
// The secret-scan engine: plain TypeScript, no GitHub. Used by the action and the CLI.











/***/ })

};
