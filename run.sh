#!/usr/bin/env bash
# Runs the whole system on this machine: PostgreSQL (embedded), Keycloak (realm "energy"), the four services
# and the review console. Builds first when the packaged applications are missing or --build is given.
# Ctrl-C stops all.
set -euo pipefail
cd "$(dirname "$0")"

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! command -v "$JAVA_BIN" >/dev/null 2>&1; then
  echo "No Java found. Install a JDK 17 or newer and set JAVA_HOME." >&2; exit 1
fi
major=$(java_major "$JAVA_BIN"); major=${major#1.}
if [ "${major:-0}" -lt 17 ]; then
  echo "Java $major is too old: this system needs a JDK 17 or newer (set JAVA_HOME to one)." >&2; exit 1
fi

build=false
[ "${1:-}" = "--build" ] && { build=true; shift; }
for jar in classifier-service catalog-service policy-service discovery-service review-console; do
  [ -f "$jar/target/quarkus-app/quarkus-run.jar" ] || build=true
done
[ -f local-stack/target/local-stack.jar ] || build=true
if $build; then
  echo "Building (first run or --build); this downloads dependencies once and takes a few minutes…"
  ./mvnw -q -B -DskipTests package
fi
# No Class-Path in the jar's manifest: the system tests put the same jar on their own class path.
exec "$JAVA_BIN" -Dstack.root="$PWD" -cp "local-stack/target/local-stack.jar:local-stack/target/lib/*" \
  cn.energydata.stack.StackMain "$@"
