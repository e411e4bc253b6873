package cn.energydata.k8s;

import cn.energydata.k8s.Rendered.Workload;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Ingress: every host TLS, every backend a real Service port, nothing under /q, no management port, no path that
 * reaches a service's /api/internal, and for each service exactly its public resource roots (from its sources).
 */
final class IngressChecks {

    private final Rendered r;

    IngressChecks(Rendered rendered) {
        this.r = rendered;
    }

    void check() {
        Map<String, Set<String>> routed = new LinkedHashMap<>();
        Map<String, Ingress> routedBy = new LinkedHashMap<>();
        for (Ingress ingress : r.all(Ingress.class)) {
            Set<String> tlsHosts = checkTls(ingress);
            for (IngressRule rule : ingress.getSpec().getRules()) {
                if (rule.getHost() == null || !tlsHosts.contains(rule.getHost())) {
                    r.problem(ingress, "spec.rules[" + rule.getHost() + "].host", "not covered by spec.tls: every public host is TLS only");
                }
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    String field = "spec.rules[" + rule.getHost() + "].http.paths[" + path.getPath() + "].backend.service";
                    Service service = checkBackend(ingress, path, field);
                    if (service != null) {
                        routed.computeIfAbsent(service.getMetadata().getName(), x -> new TreeSet<>()).add(path.getPath());
                        routedBy.put(service.getMetadata().getName(), ingress);
                    }
                }
            }
        }
        routed.forEach((service, paths) -> checkPublicPaths(routedBy.get(service), service, paths));
    }

    private Set<String> checkTls(Ingress ingress) {
        Set<String> tlsHosts = new LinkedHashSet<>();
        List<IngressTLS> tls = ingress.getSpec().getTls() == null ? List.of() : ingress.getSpec().getTls();
        boolean certManager = ingress.getMetadata().getAnnotations() != null
                && ingress.getMetadata().getAnnotations().keySet().stream().anyMatch(k -> k.startsWith("cert-manager.io/"));
        for (int i = 0; i < tls.size(); i++) {
            tlsHosts.addAll(tls.get(i).getHosts());
            String secret = tls.get(i).getSecretName();
            if (secret == null || (!certManager && r.find(Secret.class, secret) == null)) {
                r.problem(ingress, "spec.tls[" + i + "].secretName", "Secret " + secret
                        + " does not exist and no cert-manager annotation would create it");
            }
        }
        return tlsHosts;
    }

    /** The backend's Service, or null (reported) when it or its port does not exist. */
    private Service checkBackend(Ingress ingress, HTTPIngressPath path, String field) {
        IngressServiceBackend backend = path.getBackend().getService();
        if (backend == null) {
            r.problem(ingress, field, "missing");
            return null;
        }
        Service service = r.find(Service.class, backend.getName());
        if (service == null) {
            r.problem(ingress, field + ".name", "Service " + backend.getName() + " does not exist");
            return null;
        }
        var port = backend.getPort();
        ServicePort servicePort = port == null ? null : service.getSpec().getPorts().stream().filter(p -> port.getName() != null
                ? port.getName().equals(p.getName()) : Objects.equals(port.getNumber(), p.getPort())).findFirst().orElse(null);
        if (servicePort == null) {
            r.problem(ingress, field + ".port", "Service " + backend.getName() + " has no port "
                    + (port == null ? "(none)" : port.getName() != null ? port.getName() : port.getNumber()));
            return null;
        }
        if (path.getPath() != null && path.getPath().startsWith("/q")) {
            r.problem(ingress, field, "exposes " + path.getPath() + ": health, metrics and OpenAPI stay inside the cluster");
        }
        if (reachesManagementPort(service, servicePort)) {
            r.problem(ingress, field + ".port", "Service " + backend.getName() + " port " + servicePort.getName()
                    + " leads to the management port (health, metrics): it stays inside the cluster");
        }
        return service;
    }

    private boolean reachesManagementPort(Service service, ServicePort servicePort) {
        IntOrString target = servicePort.getTargetPort() == null ? new IntOrString(servicePort.getPort()) : servicePort.getTargetPort();
        for (Workload w : r.workloads()) {
            if (Rendered.matchesMap(service.getSpec().getSelector(), w.labels())) {
                ContainerPort port = Rendered.containerPort(w, target);
                if (port != null && ApplicationChecks.MANAGEMENT_PORT.equals(port.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A service's host routes explicit public roots only: none may reach /api/internal (NetworkPolicies cannot tell
     * paths apart), and each public resource root of the service is routed (else the Ingress answers 404).
     */
    private void checkPublicPaths(Ingress ingress, String serviceName, Set<String> paths) {
        ServiceConfig app = r.services.get(serviceName);
        if (app == null) {
            return; // Keycloak: its paths are checked by IssuerChecks
        }
        Set<String> roots = ResourcePaths.roots(r.manifests.repo, app.module, app.usesServiceCommon);
        boolean servesInternal = roots.stream().anyMatch(root -> ResourcePaths.covers(ResourcePaths.INTERNAL, root));
        for (String path : paths) {
            if (servesInternal && ResourcePaths.covers(path, ResourcePaths.INTERNAL + "/x")) {
                r.problem(ingress, "spec.rules.http.paths[" + path + "]", "routes " + ResourcePaths.INTERNAL + "/* of " + serviceName
                        + ": route its public roots one by one instead: " + ResourcePaths.publicRoots(roots));
            }
        }
        if (paths.contains("/")) {
            return; // the console: all of it is public
        }
        Set<String> unrouted = new TreeSet<>(ResourcePaths.publicRoots(roots));
        unrouted.removeIf(root -> paths.stream().anyMatch(p -> ResourcePaths.covers(p, root)));
        if (!unrouted.isEmpty()) {
            r.problem(ingress, "spec.rules.http.paths", serviceName + " serves " + unrouted + " (its @Path resources) but"
                    + " the Ingress does not route them: clients would get 404");
        }
        Set<String> unknown = new TreeSet<>(paths);
        unknown.removeIf(p -> roots.stream().anyMatch(root -> ResourcePaths.covers(p, root) || ResourcePaths.covers(root, p)));
        if (!unknown.isEmpty()) {
            r.problem(ingress, "spec.rules.http.paths", unknown + " routed to " + serviceName + ", which serves no such path");
        }
    }
}
