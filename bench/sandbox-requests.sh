# Sourced by bench/cpu-per-request.sh and bench/instructions-per-request.sh (bash): the requests they send.
#
# `sandbox_sign_in PORT PATTERN` signs in to the sandbox listening on 127.0.0.1:PORT as `manager` and picks the first
# customer whose phone number matches PATTERN (for GET customer); `send_requests TARGET AMOUNT CONNECTIONS` then sends
# AMOUNT requests of TARGET (customer, search: the paged `%444%` phone search, banks) with autocannon, and the bare
# Fastify route's GET / for `bare`.

# Exits (before any server starts) unless $1 is a target send_requests knows.
require_target() {
  case $1 in customer | search | banks | bare) ;; *) echo "unknown target $1 (customer, search, banks or bare)" >&2; exit 2 ;; esac
}

sandbox_sign_in() {
  local port=$1 pattern=$2 token
  token=$(curl -s -X POST -H 'DirectLogin: username="manager", password="sandbox123!", consumer_key="customer-desk"' \
    "http://127.0.0.1:$port/my/logins/direct" | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')
  SANDBOX_URL="http://127.0.0.1:$port"
  AUTH="Authorization: DirectLogin token=\"$token\""
  SEARCH="$SANDBOX_URL/obp/v5.1.0/banks/gh.29.uk/search/customers/mobile-phone-number?limit=20&offset=0"
  CUSTOMER=$(curl -s -X POST -H "$AUTH" -H 'content-type: application/json' -d "{\"mobile_phone_number\":\"$pattern\"}" "$SEARCH" |
    node -pe 'JSON.parse(require("fs").readFileSync(0)).customers[0].customer_id')
}

send_requests() {
  local target=$1 amount=$2 connections=$3
  case $target in
    customer) npx autocannon -c "$connections" -a "$amount" -H "$AUTH" "$SANDBOX_URL/obp/v5.1.0/banks/gh.29.uk/customers/$CUSTOMER" ;;
    search) npx autocannon -c "$connections" -a "$amount" -m POST -H "$AUTH" -H 'content-type: application/json' -b '{"mobile_phone_number":"%444%"}' "$SEARCH" ;;
    banks) npx autocannon -c "$connections" -a "$amount" "$SANDBOX_URL/obp/v5.1.0/banks" ;;
    bare) npx autocannon -c "$connections" -a "$amount" "$BARE_URL" ;;
  esac > /dev/null 2>&1
}
