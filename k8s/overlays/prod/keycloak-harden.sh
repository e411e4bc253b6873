#!/bin/bash
# Job keycloak-harden (prod only), run after every `kubectl apply`, idempotent. identity/energy-realm.json is the
# one realm file of the project, so it brings what local runs and tests need and production must not keep:
#   - demo users whose password is their user name: deleted here (the list is DEMO_USERS; a test keeps it equal to
#     the users with credentials in the realm file);
#   - the client secrets catalog-service-dev-secret / policy-service-dev-secret / discovery-service-dev-secret /
#     review-console-dev-secret: replaced here by the values of the Secrets catalog-oidc-client, policy-oidc-client,
#     discovery-oidc-client and console-oidc-client, the ones the services and the console use;
#   - client review-console's redirect URIs http://localhost:* / http://127.0.0.1:* (any local port): replaced here
#     by the console's public URL CONSOLE_URL, for redirects, post-logout redirects and web origins.
set -euo pipefail

# KCADM and KCADM_CONFIG let a test run this script against a local Keycloak (system-tests: KeycloakHardenJobSystemTest).
kcadm="${KCADM:-/opt/keycloak/bin/kcadm.sh}"
config=(--config "${KCADM_CONFIG:-/tmp/kcadm.config}")

for attempt in $(seq 1 60); do
  if "$kcadm" config credentials "${config[@]}" --server "$KEYCLOAK_URL" --realm master \
      --user "$KC_BOOTSTRAP_ADMIN_USERNAME" --password "$KC_BOOTSTRAP_ADMIN_PASSWORD"; then
    break
  fi
  [[ "$attempt" == 60 ]] && { echo "Keycloak at $KEYCLOAK_URL did not accept the admin of Secret keycloak-admin" >&2; exit 1; }
  sleep 5
done

for user in $DEMO_USERS; do
  for id in $("$kcadm" get users "${config[@]}" -r energy -q "username=$user" -q exact=true --fields id --format csv --noquotes); do
    "$kcadm" delete "users/$id" "${config[@]}" -r energy
    echo "deleted demo user $user"
  done
done

set_secret() {
  local client="$1" secret="$2" id
  id="$("$kcadm" get clients "${config[@]}" -r energy -q "clientId=$client" --fields id --format csv --noquotes)"
  [[ -n "$id" ]] || { echo "client $client is not in realm energy" >&2; exit 1; }
  "$kcadm" update "clients/$id" "${config[@]}" -r energy -s "secret=$secret"
  echo "client secret of $client set"
}
set_secret catalog-service "$CATALOG_CLIENT_SECRET"
set_secret policy-service "$POLICY_CLIENT_SECRET"
set_secret discovery-service "$DISCOVERY_CLIENT_SECRET"
set_secret review-console "$CONSOLE_CLIENT_SECRET"

console_url="${CONSOLE_URL%/}"
[[ "$console_url" == https://* ]] || { echo "CONSOLE_URL must be the console's https:// URL, is $CONSOLE_URL" >&2; exit 1; }
id="$("$kcadm" get clients "${config[@]}" -r energy -q clientId=review-console --fields id --format csv --noquotes)"
"$kcadm" update "clients/$id" "${config[@]}" -r energy \
  -s "redirectUris=[\"$console_url/*\"]" \
  -s "webOrigins=[\"$console_url\"]" \
  -s "attributes.\"post.logout.redirect.uris\"=$console_url/*"
echo "redirect URIs of review-console set to $console_url/*"
