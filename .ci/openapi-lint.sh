#!/usr/bin/env bash
# Lints the OpenAPI document with Redocly's CLI (rules in redocly.yaml). The document is the one the Maven build's
# OpenApiContractIntegrationTests wrote to target/openapi/openapi.json (that test also checks operation ids,
# summaries and schemas, and breaking changes against docs/openapi/previous.json); without it, that test runs first.
set -euo pipefail
cd "$(dirname "$0")/.."

# 1.34.x runs on Node 18.17+ (Debian 12's nodejs is 18.20); the 2.x line needs Node 20.19+.
REDOCLY_CLI_VERSION=1.34.20
document=target/openapi/openapi.json

if [ ! -s "$document" ]; then
  ./mvnw -B -q test-compile surefire:test@default-test -Dtest=OpenApiContractIntegrationTests -Dsurefire.failIfNoSpecifiedTests=false
fi

if ! command -v npx >/dev/null 2>&1 || [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 18 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

npx --yes "@redocly/cli@${REDOCLY_CLI_VERSION}" lint "$document" --config redocly.yaml --max-problems 1000
