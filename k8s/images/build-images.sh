#!/usr/bin/env bash
# Builds and (with --push) pushes the six images the overlays reference. Needs a container engine (docker or
# podman), which the project's build machines do not have: run it on a workstation or in the release pipeline.
#
#   k8s/images/build-images.sh [--push] REGISTRY TAG
#   e.g. k8s/images/build-images.sh --push registry.example.com/energy 0.1.0
#
# Then set the same REGISTRY/… and TAG in the overlay's kustomization.yaml `images:` section.
set -euo pipefail
cd "$(dirname "$0")/../.."

push=false
if [[ "${1:-}" == "--push" ]]; then push=true; shift; fi
registry="${1:?registry, e.g. registry.example.com/energy}"
tag="${2:?tag, e.g. 0.1.0}"
engine="$(command -v docker || command -v podman || true)"
[[ -n "$engine" ]] || { echo "No docker or podman on this machine" >&2; exit 1; }
keycloak_version="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)"

# The four services and the review console share one Dockerfile (Quarkus fast-jar).
modules=(classifier-service catalog-service policy-service discovery-service review-console)
./mvnw -B -DskipTests -pl "$(IFS=,; echo "${modules[*]}")" -am package
for module in "${modules[@]}"; do
  "$engine" build -f k8s/images/service/Dockerfile -t "$registry/$module:$tag" "$module"
done
"$engine" build --build-arg "KEYCLOAK_VERSION=$keycloak_version" -t "$registry/keycloak:$keycloak_version" k8s/images/keycloak

if $push; then
  for module in "${modules[@]}"; do "$engine" push "$registry/$module:$tag"; done
  "$engine" push "$registry/keycloak:$keycloak_version"
fi
