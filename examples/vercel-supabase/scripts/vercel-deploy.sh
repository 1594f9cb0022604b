#!/usr/bin/env bash
# Called by the deploy action with DEPLOY_VERSION (the commit) and DEPLOY_TOKEN (the Vercel token).
# The Vercel CLI is a devDependency of the app (npm install -D vercel), so its version is locked.
set -euo pipefail
npx --no-install vercel pull --yes --environment=production --token="$DEPLOY_TOKEN"
npx --no-install vercel build --prod --token="$DEPLOY_TOKEN"
npx --no-install vercel deploy --prebuilt --prod --token="$DEPLOY_TOKEN" --meta version="$DEPLOY_VERSION"
