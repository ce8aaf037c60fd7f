package org.lettersofhope.commons.messaging;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is DOWN when a consumer thread has died: its projection would silently fall behind while the pod still
 * served reads from it. Each consumer is listed as running or dead.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealthCheck implements HealthCheck {

    static final String NAME = "Event consumers";

    @Inject
    ConsumerSupervisor supervisor;

    @Override
    public HealthCheckResponse call() {
        return of(supervisor.consumers());
    }

    static HealthCheckResponse of(Map<String, Boolean> consumers) {
        HealthCheckResponseBuilder b = HealthCheckResponse.named(NAME).status(!consumers.containsValue(false));
        consumers.forEach((name, alive) -> b.withData(name, alive ? "running" : "dead"));
        return b.build();
    }
}
