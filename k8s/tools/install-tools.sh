#!/usr/bin/env bash
# Makes sure the tool the k8s-manifests tests need is on this machine: kubectl with kustomize v5 or newer
# (kubectl 1.27+), which renders the overlays offline (`kubectl kustomize`, no cluster needed).
# Idempotent: does nothing when a suitable kubectl is already there (it is on the project's machines, from
# the google-cloud-sdk kubectl package). Debian's own kubernetes-client package is kubectl 1.20 with kustomize
# v2, too old for the overlays, so it is not used.
set -euo pipefail

kustomize_major() {
  kubectl version --client 2>/dev/null | sed -n 's/^Kustomize Version: v\([0-9]*\)\..*/\1/p'
}

if command -v kubectl >/dev/null 2>&1 && [[ "$(kustomize_major)" -ge 5 ]] 2>/dev/null; then
  echo "kubectl $(kubectl version --client 2>/dev/null | sed -n 's/^Client Version: //p') with kustomize v$(kustomize_major): ok"
  exit 0
fi

# A configured apt source that serves the `kubectl` package (Kubernetes' or Google Cloud's repository).
if command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq || true
  if apt-cache policy kubectl 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubectl
  fi
fi

if command -v kubectl >/dev/null 2>&1 && [[ "$(kustomize_major)" -ge 5 ]] 2>/dev/null; then
  echo "kubectl with kustomize v$(kustomize_major): ok"
  exit 0
fi
echo "install-tools.sh: no kubectl with kustomize v5+ on this machine and none installable from the configured" >&2
echo "apt sources. Install kubectl 1.27 or newer (or run the k8s tests with -Dkubectl=/path/to/kubectl)." >&2
exit 1
