#!/usr/bin/env bash
# `pnpm test:editor`: the real-editor tests. Installs code-server, Chromium and Neovim once
# (cached outside the repository, see install-tools.sh), builds the packages, packages the
# extension as a .vsix, then drives VS Code (code-server) and Neovim against it.
# Arguments are passed to vitest (e.g. a test file to run only that one).
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS

# The installer writes the tools' paths to a file only once all of them are in place; it
# exits non-zero with the cause on failure, which stops this script (set -e).
tools_env=$(mktemp)
trap 'rm -f "$tools_env"' EXIT
bash test/editor/install-tools.sh "$tools_env"
# shellcheck source=/dev/null
source "$tools_env"
export NOF_NODE24 NOF_CODE_SERVER
echo "[test:editor] tools ready after $((SECONDS - started)) s"

pnpm run build
pnpm -C extension package
version=$(node -p "require('./extension/package.json').version")
NOF_VSIX="$PWD/extension/nof-$version.vsix"
export NOF_VSIX
echo "[test:editor] extension packaged after $((SECONDS - started)) s"

status=0
pnpm exec vitest run --config test/editor/vitest.config.ts "$@" || status=$?
echo "[test:editor] finished in $((SECONDS - started)) s"
exit $status
