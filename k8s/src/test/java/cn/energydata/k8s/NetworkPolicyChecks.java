package cn.energydata.k8s;

import cn.energydata.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may open a connection to which port of whom, per named container port: the API port only from the callers
 * in docs/service-contracts.md and the ingress controller where the API is public, the management port (health,
 * metrics) only from Prometheus in namespace monitoring, the database only from its owners (through the pooler in
 * prod). A peer is a workload of the namespace by name, or {@code ns:<namespace>} / {@code ns:<namespace>/<app>}.
 */
final class NetworkPolicyChecks {

    static final String INGRESS_CONTROLLER = "ns:ingress-nginx";
    /** Assumed: Prometheus runs in namespace monitoring with label app.kubernetes.io/name=prometheus (k8s/README.md). */
    static final String PROMETHEUS = "ns:monitoring/prometheus";
    static final String OPERATOR = "ns:cnpg-system/cloudnative-pg";

    private final Rendered r;
    private final List<Workload> pods = new ArrayList<>();

    NetworkPolicyChecks(Rendered rendered) {
        this.r = rendered;
        pods.addAll(rendered.workloads());
        pods.addAll(DatabaseChecks.operatorPods(rendered));
    }

    /** The peers each named port of each pod may be reached from; a port not listed here is reachable by nobody. */
    private Map<String, Map<String, Set<String>>> expected() {
        Set<String> everyone = new TreeSet<>(); // every pod of the namespace: Keycloak's callers
        pods.forEach(w -> everyone.add(w.name()));
        Map<String, Map<String, Set<String>>> expected = new LinkedHashMap<>();
        // The service accounts grade; the console reads the glossary (GET /api/rules) with the user's token. Not public.
        expected.put("classifier-service", Map.of("http", Set.of("catalog-service", "discovery-service", "review-console"),
                "management", Set.of(PROMETHEUS)));
        // policy-service and discovery-service call /api/internal/*; the console calls the public API with the user's token.
        expected.put("catalog-service", Map.of("http", Set.of("policy-service", "discovery-service", "review-console",
                INGRESS_CONTROLLER), "management", Set.of(PROMETHEUS)));
        expected.put("policy-service", Map.of("http", Set.of("review-console", INGRESS_CONTROLLER), "management", Set.of(PROMETHEUS)));
        // Nothing calls discovery but the console (the user's token) and operators (its public API through the Ingress).
        expected.put("discovery-service", Map.of("http", Set.of("review-console", INGRESS_CONTROLLER), "management", Set.of(PROMETHEUS)));
        // The browser reaches the console through the ingress controller only; it has no metrics.
        expected.put("review-console", Map.of("http", Set.of(INGRESS_CONTROLLER)));
        Set<String> keycloakCallers = new TreeSet<>(everyone);
        keycloakCallers.add(INGRESS_CONTROLLER);
        // Its replicas form one cluster (distributed caches over JGroups); its management port (health) is for the kubelet.
        expected.put("keycloak", Map.of("http", keycloakCallers, "jgroups", Set.of("keycloak"), "jgroups-fd", Set.of("keycloak")));
        expected.put("postgres", Map.of("postgres", Set.of("catalog-service", "policy-service", "discovery-service", "keycloak")));
        expected.putAll(DatabaseChecks.expectedReach(r));
        return expected;
    }

    void check() {
        List<NetworkPolicy> policies = r.all(NetworkPolicy.class);
        boolean defaultDeny = policies.stream().anyMatch(p -> isEmpty(p.getSpec().getPodSelector())
                && p.getSpec().getPolicyTypes().contains("Ingress") && p.getSpec().getIngress().isEmpty());
        if (!defaultDeny) {
            r.problem("NetworkPolicy", "no default-deny ingress policy (empty podSelector, no ingress rules)");
        }
        for (NetworkPolicy policy : policies) {
            if (!isEmpty(policy.getSpec().getPodSelector())
                    && pods.stream().noneMatch(w -> Rendered.matches(policy.getSpec().getPodSelector(), w.labels()))) {
                r.problem(policy, "spec.podSelector", "selects no pods");
            }
        }
        Map<String, Map<String, Set<String>>> expected = expected();
        for (Workload target : pods) {
            Map<String, Set<String>> ports = expected.getOrDefault(target.name(), Map.of());
            for (ContainerPort port : ports(target)) {
                checkPort(target, port, ports.getOrDefault(port.getName(), Set.of()), policies);
            }
        }
    }

    private void checkPort(Workload target, ContainerPort port, Set<String> want, List<NetworkPolicy> policies) {
        Set<String> allowed = new TreeSet<>();
        NetworkPolicy culprit = null;
        for (NetworkPolicy p : policies) {
            if (!Rendered.matches(p.getSpec().getPodSelector(), target.labels())) {
                continue;
            }
            for (NetworkPolicyIngressRule rule : p.getSpec().getIngress()) {
                if (!opens(rule.getPorts(), port)) {
                    continue;
                }
                for (String peer : peers(rule)) {
                    if (allowed.add(peer) && !want.contains(peer)) {
                        culprit = p;
                    }
                }
            }
        }
        if (!want.contains(target.name())) {
            allowed.remove(target.name()); // a pod reaching its own replicas is not a caller
        }
        if (!allowed.equals(new TreeSet<>(want))) {
            String message = "may connect to port " + port.getName() + " (" + port.getContainerPort() + ") of " + target.name()
                    + ": " + allowed + "; expected exactly " + new TreeSet<>(want);
            if (culprit != null) {
                r.problem(culprit, "spec.ingress", message);
            } else {
                r.problem("NetworkPolicy for " + target.name(), message);
            }
        }
    }

    /** The peers a rule admits: workloads of the namespace by name, and other namespaces' pods by namespace (and app). */
    private List<String> peers(NetworkPolicyIngressRule rule) {
        List<String> peers = new ArrayList<>();
        if (rule.getFrom().isEmpty()) {
            peers.add("anyone");
            return peers;
        }
        for (NetworkPolicyPeer peer : rule.getFrom()) {
            if (peer.getIpBlock() != null) {
                peers.add("ipBlock:" + peer.getIpBlock().getCidr());
            } else if (peer.getNamespaceSelector() != null) {
                peers.add(namespacePeer(peer));
            } else {
                for (Workload source : pods) {
                    if (isEmpty(peer.getPodSelector()) || Rendered.matches(peer.getPodSelector(), source.labels())) {
                        peers.add(source.name());
                    }
                }
            }
        }
        return peers;
    }

    private static String namespacePeer(NetworkPolicyPeer peer) {
        Map<String, String> ns = peer.getNamespaceSelector().getMatchLabels();
        String namespace = ns == null ? null : ns.get("kubernetes.io/metadata.name");
        if (namespace == null || ns.size() != 1 || !peer.getNamespaceSelector().getMatchExpressions().isEmpty()) {
            return "ns:" + peer.getNamespaceSelector();
        }
        if (peer.getPodSelector() == null || isEmpty(peer.getPodSelector())) {
            return "ns:" + namespace;
        }
        Map<String, String> pod = peer.getPodSelector().getMatchLabels();
        String app = pod == null ? null : pod.get("app.kubernetes.io/name");
        return app != null && pod.size() == 1 ? "ns:" + namespace + "/" + app : "ns:" + namespace + "/" + peer.getPodSelector();
    }

    private static boolean opens(List<NetworkPolicyPort> ports, ContainerPort port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort p : ports) {
            IntOrString value = p.getPort();
            if (value == null || (value.getStrVal() != null ? value.getStrVal().equals(port.getName())
                    : value.getIntVal().equals(port.getContainerPort()))) {
                return true;
            }
        }
        return false;
    }

    private static List<ContainerPort> ports(Workload w) {
        List<ContainerPort> ports = new ArrayList<>();
        w.template().getSpec().getContainers().forEach(c -> ports.addAll(c.getPorts() == null ? List.of() : c.getPorts()));
        return ports;
    }

    private static boolean isEmpty(LabelSelector selector) {
        return selector == null || (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }
}
