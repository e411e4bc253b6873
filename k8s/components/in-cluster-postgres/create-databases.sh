#!/bin/bash
# Runs once, when the data directory is initialised (docker-entrypoint-initdb.d of the postgres image):
# one role and one database per owner, each role owning only its database.
set -euo pipefail

create() {
  local user="$1" password="$2" database="$3"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set=user="$user" --set=password="$password" --set=database="$database" <<'SQL'
CREATE ROLE :"user" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"user";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
}

create "$CATALOG_DB_USERNAME" "$CATALOG_DB_PASSWORD" catalog
create "$POLICY_DB_USERNAME" "$POLICY_DB_PASSWORD" policy
create "$DISCOVERY_DB_USERNAME" "$DISCOVERY_DB_PASSWORD" discovery
create "$KEYCLOAK_DB_USERNAME" "$KEYCLOAK_DB_PASSWORD" keycloak
