# Source this file (". scripts/use-node22.sh") to put Node.js >= 22.12 first on PATH.
# Astro 7 and Vitest 5 need Node 22.12 or newer. When the node on PATH is
# older (or missing), the npm package node@22, which carries the official
# Linux binary, is installed once into ~/.cache/node22 and put first on PATH.
_node22_ok() {
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}
if ! _node22_ok; then
  _node22_dir="${NODE22_DIR:-$HOME/.cache/node22}"
  if [ ! -x "$_node22_dir/node_modules/node/bin/node" ]; then
    command -v npm >/dev/null 2>&1 || { echo "use-node22: needs npm (any version) to fetch Node 22" >&2; return 1 2>/dev/null || exit 1; }
    echo "use-node22: installing Node 22 into $_node22_dir (once)…" >&2
    mkdir -p "$_node22_dir" &&
      npm install --prefix "$_node22_dir" --no-audit --no-fund --loglevel=error node@22 >/dev/null
  fi
  export PATH="$_node22_dir/node_modules/node/bin:$PATH"
  hash -r 2>/dev/null
fi
_node22_ok || echo "use-node22: could not provide Node >= 22.12 (node is $(node --version 2>/dev/null))" >&2
unset -f _node22_ok
