package org.offeringcompliance.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * One Kubernetes object at a time: built-in kinds through the fabric8 model (wrong types, unknown fields, and the
 * required fields below), custom resources through their CRD schema, and anything else is an error, so a misspelt
 * kind or apiVersion fails too.
 */
final class ManifestValidator {

    private static final KubernetesSerialization SERIALIZATION = strictSerialization();

    private ManifestValidator() {}

    static List<String> validate(Map<String, Object> document) {
        List<String> problems = new ArrayList<>();
        String apiVersion = Yaml.string(document.get("apiVersion"));
        String kind = Yaml.string(document.get("kind"));
        String id = Yaml.kindAndName(document);
        if (apiVersion == null || kind == null) {
            problems.add(id + ": apiVersion and kind are required");
            return problems;
        }
        Object name = Yaml.at(document, "metadata", "name");
        if (!(name instanceof String s) || s.isBlank()) {
            problems.add(id + ": metadata.name is required");
        }
        Class<? extends KubernetesResource> type = SERIALIZATION.getRegisteredKubernetesResource(apiVersion, kind);
        if (type != null && HasMetadata.class.isAssignableFrom(type)) {
            HasMetadata typed;
            try {
                typed = (HasMetadata) SERIALIZATION.unmarshal(SERIALIZATION.asJson(document), type);
            } catch (RuntimeException e) {
                problems.add(id + typeError(e));
                return problems;
            }
            ModelWalk.unknownFields(typed).forEach(p -> problems.add(id + p));
            required(typed).forEach(p -> problems.add(id + ": " + p));
            return problems;
        }
        Optional<List<String>> schemaProblems = CrdSchemas.get().validate(document);
        if (schemaProblems.isEmpty()) {
            problems.add(id + ": no Kubernetes model or CRD schema for apiVersion " + apiVersion + ", kind " + kind
                    + " (a typo, or a new custom resource whose CRD belongs in src/test/resources/schemas/crds)");
            return problems;
        }
        schemaProblems.get().forEach(p -> problems.add(id + ": " + p));
        try {
            ObjectMeta metadata = SERIALIZATION.convertValue(Yaml.map(document.get("metadata")), ObjectMeta.class);
            ModelWalk.unknownFields(metadata).forEach(p -> problems.add(id + ": metadata" + p));
        } catch (RuntimeException e) {
            problems.add(id + ": metadata: " + firstLine(e));
        }
        return problems;
    }

    /** The typed object for a built-in kind (after {@link #validate} found no problem with it). */
    static HasMetadata typed(Map<String, Object> document) {
        Class<? extends KubernetesResource> type = SERIALIZATION.getRegisteredKubernetesResource(
                Yaml.string(document.get("apiVersion")), Yaml.string(document.get("kind")));
        if (type == null || !HasMetadata.class.isAssignableFrom(type)) {
            return null;
        }
        return (HasMetadata) SERIALIZATION.unmarshal(SERIALIZATION.asJson(document), type);
    }

    /** Fields the API server or the kubelet would reject or that this project always wants. */
    static List<String> required(HasMetadata object) {
        List<String> problems = new ArrayList<>();
        if (object instanceof Deployment d) {
            if (d.getSpec() == null || d.getSpec().getTemplate() == null || d.getSpec().getTemplate().getSpec() == null) {
                problems.add("spec.template.spec is required");
                return problems;
            }
            Map<String, String> selector = d.getSpec().getSelector() == null
                    ? null
                    : d.getSpec().getSelector().getMatchLabels();
            if (selector == null || selector.isEmpty()) {
                problems.add("spec.selector.matchLabels is required");
            } else {
                Map<String, String> labels = d.getSpec().getTemplate().getMetadata() == null
                        ? Map.of()
                        : d.getSpec().getTemplate().getMetadata().getLabels();
                if (labels == null || !labels.entrySet().containsAll(selector.entrySet())) {
                    problems.add("spec.selector does not match the template's labels");
                }
            }
            podSpec(d.getSpec().getTemplate().getSpec(), problems);
        } else if (object instanceof Service s) {
            if (s.getSpec() == null || s.getSpec().getSelector() == null || s.getSpec().getSelector().isEmpty()) {
                problems.add("spec.selector is required");
            }
            if (s.getSpec() == null || s.getSpec().getPorts() == null || s.getSpec().getPorts().isEmpty()) {
                problems.add("spec.ports is required");
            } else {
                for (ServicePort port : s.getSpec().getPorts()) {
                    if (port.getPort() == null || port.getPort() <= 0) {
                        problems.add("spec.ports[].port is required");
                    }
                }
            }
        } else if (object instanceof HorizontalPodAutoscaler h) {
            if (h.getSpec() == null || h.getSpec().getScaleTargetRef() == null
                    || h.getSpec().getScaleTargetRef().getName() == null) {
                problems.add("spec.scaleTargetRef is required");
            } else if (h.getSpec().getMaxReplicas() == null) {
                problems.add("spec.maxReplicas is required");
            } else if (h.getSpec().getMinReplicas() != null && h.getSpec().getMinReplicas() > h.getSpec().getMaxReplicas()) {
                problems.add("spec.minReplicas exceeds spec.maxReplicas");
            } else if (h.getSpec().getMetrics() == null || h.getSpec().getMetrics().isEmpty()) {
                problems.add("spec.metrics is required (the CPU target)");
            }
        } else if (object instanceof PodDisruptionBudget p) {
            if (p.getSpec() == null || p.getSpec().getSelector() == null) {
                problems.add("spec.selector is required");
            } else if ((p.getSpec().getMinAvailable() == null) == (p.getSpec().getMaxUnavailable() == null)) {
                problems.add("exactly one of spec.minAvailable and spec.maxUnavailable is required");
            }
        } else if (object instanceof Ingress i) {
            if (i.getSpec() == null || i.getSpec().getRules() == null || i.getSpec().getRules().isEmpty()) {
                problems.add("spec.rules is required");
            } else {
                for (IngressRule rule : i.getSpec().getRules()) {
                    if (rule.getHttp() == null || rule.getHttp().getPaths() == null) {
                        problems.add("spec.rules[].http.paths is required");
                        continue;
                    }
                    for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                        if (path.getPathType() == null || path.getBackend() == null
                                || path.getBackend().getService() == null
                                || path.getBackend().getService().getName() == null
                                || path.getBackend().getService().getPort() == null) {
                            problems.add("spec.rules[].http.paths[] needs pathType and a backend service with a port");
                        }
                    }
                }
            }
        } else if (object instanceof ConfigMap c) {
            if ((c.getData() == null || c.getData().isEmpty()) && (c.getBinaryData() == null || c.getBinaryData().isEmpty())) {
                problems.add("data is empty");
            }
        }
        return problems;
    }

    private static void podSpec(PodSpec pod, List<String> problems) {
        if (pod.getContainers() == null || pod.getContainers().isEmpty()) {
            problems.add("spec.template.spec.containers is required");
            return;
        }
        for (Container c : pod.getContainers()) {
            String where = "container " + c.getName() + ": ";
            if (c.getName() == null || c.getName().isBlank()) {
                problems.add("every container needs a name");
            }
            if (c.getImage() == null || c.getImage().isBlank()) {
                problems.add(where + "image is required");
            }
            if (c.getPorts() == null || c.getPorts().isEmpty()) {
                problems.add(where + "ports are required");
            } else {
                for (ContainerPort p : c.getPorts()) {
                    if (p.getContainerPort() == null || p.getContainerPort() <= 0) {
                        problems.add(where + "ports[].containerPort is required");
                    }
                }
            }
            probe(c, c.getReadinessProbe(), "readinessProbe", problems);
            probe(c, c.getLivenessProbe(), "livenessProbe", problems);
            if (c.getStartupProbe() != null) {
                probe(c, c.getStartupProbe(), "startupProbe", problems);
            }
            ResourceRequirements r = c.getResources();
            if (r == null || r.getRequests() == null || !r.getRequests().keySet().containsAll(List.of("cpu", "memory"))) {
                problems.add(where + "resources.requests needs cpu and memory");
            }
            if (r == null || r.getLimits() == null || !r.getLimits().containsKey("memory")) {
                problems.add(where + "resources.limits needs memory");
            }
        }
    }

    private static void probe(Container c, Probe probe, String name, List<String> problems) {
        String where = "container " + c.getName() + ": " + name;
        if (probe == null) {
            problems.add(where + " is required");
            return;
        }
        if (probe.getHttpGet() == null || probe.getHttpGet().getPath() == null || probe.getHttpGet().getPort() == null) {
            problems.add(where + " needs httpGet with path and port");
            return;
        }
        IntOrString port = probe.getHttpGet().getPort();
        boolean known = c.getPorts() != null && c.getPorts().stream()
                .anyMatch(p -> port.getIntVal() != null
                        ? port.getIntVal().equals(p.getContainerPort())
                        : port.getStrVal().equals(p.getName()));
        if (!known) {
            problems.add(where + " port " + (port.getIntVal() != null ? port.getIntVal() : port.getStrVal())
                    + " is not one of the container's ports");
        }
    }

    /** The fabric8 serialization, then strict scalars on top of its lenient ones. */
    private static KubernetesSerialization strictSerialization() {
        ObjectMapper mapper = new ObjectMapper();
        KubernetesSerialization serialization = new KubernetesSerialization(mapper, true);
        mapper.registerModule(new StrictScalars());
        return serialization;
    }

    /** ".spec.replicas: expected a JSON Integer, found VALUE_STRING" from Jackson's exception chain. */
    private static String typeError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JsonMappingException.Reference reference : mapping.getPath()) {
                    path.append(reference.getFieldName() != null
                            ? "." + reference.getFieldName()
                            : "[" + reference.getIndex() + "]");
                }
                return path + ": " + firstLine(new IllegalArgumentException(mapping.getOriginalMessage()));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return ": " + firstLine(rootCause(e));
    }

    static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
