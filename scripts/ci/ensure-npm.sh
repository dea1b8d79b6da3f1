#!/usr/bin/env bash
# A machine of this kind starts by upgrading npm; when that upgrade fails half-way, `npm` is missing or cannot start
# (seen here: /usr/lib/node_modules/npm without its package.json). Put a working npm 11 back from the npm registry,
# the only registry this machine reaches, so `npm ci` can run. Does nothing when npm already works.
set -euo pipefail
if npm --version >/dev/null 2>&1; then exit 0; fi
version="${NPM_BOOTSTRAP_VERSION:-11.21.2}"
echo "== npm is missing or broken: installing npm ${version} from the registry"
prefix="$(dirname "$(dirname "$(command -v node)")")"
target="${prefix}/lib/node_modules/npm"
work="$(mktemp -d)"
curl -fsSL --retry 3 -o "${work}/npm.tgz" "https://registry.npmjs.org/npm/-/npm-${version}.tgz"
rm -rf "${target}"
mkdir -p "${target}"
tar -xzf "${work}/npm.tgz" -C "${target}" --strip-components=1
ln -sf "${target}/bin/npm-cli.js" "${prefix}/bin/npm"
ln -sf "${target}/bin/npx-cli.js" "${prefix}/bin/npx"
rm -rf "${work}"
npm --version
