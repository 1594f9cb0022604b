#!/usr/bin/env bash
# Called by the deploy action to restore the previous production deployment.
set -euo pipefail
npx --no-install vercel rollback --yes --token="$DEPLOY_TOKEN"
