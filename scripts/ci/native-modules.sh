#!/usr/bin/env bash
# Builds better-sqlite3's native module after `npm ci --ignore-scripts` (see .ci/run), or takes it from the machine's
# cache when a build of the same version for the same Node ABI and platform is there. No prebuilt binary is reachable
# here (only the npm registry), so better-sqlite3 compiles SQLite from source: measured 990 s at `nice -n 5` with the
# machine's load average at 15–19, the longest step of a CI run. Like npm's own cache of packages, the cache lives
# outside the clone (CUSTOMER_DESK_CACHE, default ~/.cache/customer-desk); a copy that fails to open a database is
# thrown away and built again. esbuild's install script only checks its binary; it runs too.
set -euo pipefail
cd "$(dirname "$0")/../.."

module_dir="node_modules/better-sqlite3"
binary="${module_dir}/build/Release/better_sqlite3.node"
version="$(node -p "require('./${module_dir}/package.json').version")"
key="better-sqlite3-${version}-node$(node -p "process.versions.modules")-$(node -p 'process.platform + "-" + process.arch')"
cache_dir="${CUSTOMER_DESK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/customer-desk}"
cached="${cache_dir}/${key}.node"

opens() { node -e "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()" >/dev/null 2>&1; }

npm rebuild esbuild
if [ -f "$cached" ]; then
  mkdir -p "$(dirname "$binary")"
  cp "$cached" "$binary"
  if opens; then
    echo "better-sqlite3: ${key} from ${cache_dir}"
    exit 0
  fi
  echo "better-sqlite3: the cached ${key} does not load; building it"
  rm -f "$cached" "$binary"
fi
npm rebuild better-sqlite3
opens
mkdir -p "$cache_dir"
cp "$binary" "${cached}.tmp.$$"
mv "${cached}.tmp.$$" "$cached"
echo "better-sqlite3: built ${key}, kept in ${cache_dir}"
