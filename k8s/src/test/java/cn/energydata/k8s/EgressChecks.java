package cn.energydata.k8s;

import cn.energydata.k8s.ReferenceChecks.Endpoint;
import cn.energydata.k8s.Rendered.Env;
import cn.energydata.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Outgoing connections of the pods whose egress NetworkPolicies restrict. discovery-service must be one of them (it
 * holds the data sources' credentials). Such a pod reaches every in-cluster URL of its environment (the services it
 * calls, Keycloak, its database) and DNS, no other pod of the cluster, and outside the cluster only named networks
 * (ipBlock rules: the data sources, an external database), never every address.
 */
final class EgressChecks {

    /** Workloads whose outgoing connections must be restricted. */
    static final List<String> RESTRICTED = List.of("discovery-service");
    static final String DNS_NAMESPACE = "kube-system";

    private final Rendered r;
    private final List<Workload> pods = new ArrayList<>();

    EgressChecks(Rendered rendered) {
        this.r = rendered;
        pods.addAll(rendered.workloads());
        pods.addAll(DatabaseChecks.operatorPods(rendered));
    }

    /** A pod and the container port a URL leads to. */
    private record Destination(String url, Workload pod, ContainerPort port) {
    }

    void check() {
        for (Workload w : r.workloads()) {
            List<NetworkPolicy> policies = r.all(NetworkPolicy.class).stream()
                    .filter(p -> p.getSpec().getPolicyTypes().contains("Egress") && Rendered.matches(p.getSpec().getPodSelector(), w.labels()))
                    .toList();
            if (policies.isEmpty()) {
                if (RESTRICTED.contains(w.name())) {
                    r.problem(w.object(), "(NetworkPolicy egress)", "no NetworkPolicy restricts the outgoing connections of "
                            + w.name() + ": it holds the data sources' credentials and may reach only its own peers and the"
                            + " networks the operator names");
                }
                continue;
            }
            List<NetworkPolicyEgressRule> rules = new ArrayList<>();
            policies.forEach(p -> rules.addAll(p.getSpec().getEgress()));
            Set<String> needed = checkNeeded(w, rules);
            checkDns(w, rules);
            for (NetworkPolicy policy : policies) {
                checkNothingElse(w, policy, needed);
            }
        }
    }

    /** Every URL of the environment is reachable; returns the names of the pods they lead to. */
    private Set<String> checkNeeded(Workload w, List<NetworkPolicyEgressRule> rules) {
        Set<String> needed = new TreeSet<>();
        for (Env e : r.environment(w, w.container())) {
            Endpoint endpoint = ReferenceChecks.endpoint(e.value());
            if (endpoint == null) {
                continue;
            }
            if (endpoint.inCluster()) {
                for (Destination d : destinations(e.value(), endpoint)) {
                    needed.add(d.pod().name());
                    if (rules.stream().noneMatch(rule -> allows(rule, d.pod(), d.port()))) {
                        r.problem(w.object(), "(NetworkPolicy egress)", "cannot reach " + d.url() + " (" + e.name() + "): no egress"
                                + " rule opens port " + d.port().getName() + " (" + d.port().getContainerPort() + ") of " + d.pod().name());
                    }
                }
            } else if (e.value().startsWith("jdbc:") && rules.stream().noneMatch(rule -> opensNetwork(rule, endpoint.port()))) {
                r.problem(w.object(), "(NetworkPolicy egress)", "cannot reach its database " + endpoint.host() + ":" + endpoint.port()
                        + " (" + e.name() + "): no egress rule opens port " + endpoint.port() + " to an ipBlock");
            }
        }
        return needed;
    }

    private void checkDns(Workload w, List<NetworkPolicyEgressRule> rules) {
        boolean dns = rules.stream().anyMatch(rule -> rule.getTo().stream().anyMatch(p -> DNS_NAMESPACE.equals(namespace(p)))
                && rule.getPorts().stream().anyMatch(p -> "UDP".equals(p.getProtocol()) && p.getPort() != null
                        && Integer.valueOf(53).equals(p.getPort().getIntVal())));
        if (!dns) {
            r.problem(w.object(), "(NetworkPolicy egress)", "no egress rule opens DNS (UDP 53 in namespace " + DNS_NAMESPACE
                    + "): " + w.name() + " could not resolve any host name");
        }
    }

    /** No rule opens more than the pods the environment needs, DNS, and named networks. */
    private void checkNothingElse(Workload w, NetworkPolicy policy, Set<String> needed) {
        for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
            if (rule.getTo().isEmpty()) {
                r.problem(policy, "spec.egress", "a rule without \"to\" lets " + w.name() + " connect anywhere");
                continue;
            }
            for (NetworkPolicyPeer peer : rule.getTo()) {
                if (peer.getIpBlock() != null) {
                    String cidr = peer.getIpBlock().getCidr();
                    if (cidr.endsWith("/0")) {
                        r.problem(policy, "spec.egress.to.ipBlock.cidr", cidr + " is every address: name the networks of the"
                                + " data sources");
                    }
                } else if (peer.getNamespaceSelector() != null) {
                    boolean dnsOnly = DNS_NAMESPACE.equals(namespace(peer)) && !rule.getPorts().isEmpty() && rule.getPorts().stream()
                            .allMatch(p -> p.getPort() != null && Integer.valueOf(53).equals(p.getPort().getIntVal()));
                    if (!dnsOnly) {
                        r.problem(policy, "spec.egress.to.namespaceSelector", "lets " + w.name() + " reach pods of other namespaces"
                                + " (only DNS in " + DNS_NAMESPACE + " is needed)");
                    }
                } else {
                    Set<String> extra = new TreeSet<>();
                    pods.stream().filter(p -> Rendered.matches(peer.getPodSelector(), p.labels()) && !needed.contains(p.name())
                            && !p.name().equals(w.name())).forEach(p -> extra.add(p.name()));
                    if (!extra.isEmpty()) {
                        r.problem(policy, "spec.egress.to.podSelector", "lets " + w.name() + " connect to " + extra
                                + ", which no URL of its environment names");
                    }
                }
            }
        }
    }

    /** The pods and container ports behind an in-cluster URL: a Service's, or one the PostgreSQL operator creates. */
    private List<Destination> destinations(String url, Endpoint endpoint) {
        List<Destination> list = new ArrayList<>();
        Service service = r.find(Service.class, endpoint.service());
        if (service != null) {
            ServicePort servicePort = r.servicePort(service.getMetadata().getName(), endpoint.port());
            if (servicePort == null) {
                return list; // reported by ReferenceChecks
            }
            IntOrString target = servicePort.getTargetPort() == null ? new IntOrString(servicePort.getPort()) : servicePort.getTargetPort();
            for (Workload pod : pods) {
                ContainerPort port = Rendered.matchesMap(service.getSpec().getSelector(), pod.labels()) ? Rendered.containerPort(pod, target) : null;
                if (port != null) {
                    list.add(new Destination(url, pod, port));
                }
            }
            return list;
        }
        for (Workload pod : DatabaseChecks.operatorPods(r)) {
            boolean pooler = pod.name().equals(endpoint.service()) && pod.object().getKind().equals("Pooler");
            boolean cluster = pod.object().getKind().equals("Cluster") && endpoint.service().startsWith(pod.name() + "-r");
            ContainerPort port = pooler || cluster ? Rendered.containerPort(pod, new IntOrString(endpoint.port())) : null;
            if (port != null) {
                list.add(new Destination(url, pod, port));
            }
        }
        return list;
    }

    /** Whether a rule lets a pod of the namespace connect to that pod's port (TCP). */
    private static boolean allows(NetworkPolicyEgressRule rule, Workload pod, ContainerPort port) {
        boolean peer = rule.getTo().isEmpty() || rule.getTo().stream().anyMatch(p -> p.getIpBlock() == null
                && p.getNamespaceSelector() == null && Rendered.matches(p.getPodSelector(), pod.labels()));
        return peer && opens(rule.getPorts(), port.getName(), port.getContainerPort());
    }

    /**
     * Whether a rule lets the pod connect to an ipBlock on that port (TCP). Which addresses a host name has is not
     * known here: the port is what can be checked.
     */
    private static boolean opensNetwork(NetworkPolicyEgressRule rule, int port) {
        return rule.getTo().stream().anyMatch(p -> p.getIpBlock() != null) && opens(rule.getPorts(), null, port);
    }

    private static boolean opens(List<NetworkPolicyPort> ports, String name, Integer number) {
        return ports.isEmpty() || ports.stream().anyMatch(p -> (p.getProtocol() == null || "TCP".equals(p.getProtocol()))
                && (p.getPort() == null || (p.getPort().getStrVal() != null ? p.getPort().getStrVal().equals(name)
                : java.util.Objects.equals(p.getPort().getIntVal(), number))));
    }

    /** The namespace a peer's namespaceSelector names (kubernetes.io/metadata.name), or null. */
    private static String namespace(NetworkPolicyPeer peer) {
        if (peer.getNamespaceSelector() == null) {
            return null;
        }
        Map<String, String> labels = peer.getNamespaceSelector().getMatchLabels();
        return labels == null ? null : labels.get("kubernetes.io/metadata.name");
    }
}
