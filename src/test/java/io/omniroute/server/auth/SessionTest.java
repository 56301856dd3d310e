package io.omniroute.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant EXPIRES = Instant.parse("2026-11-25T20:00:00Z");

    private static Session of(Role role, Optional<String> nodeId) {
        return new Session("ab".repeat(32), "someone", role, nodeId, EXPIRES);
    }

    @Test
    void plannerSeesAndActsOnEveryNode() {
        Session planner = of(Role.PLANNER, Optional.empty());

        assertThat(planner.isPlanner()).isTrue();
        assertThat(planner.isAdmin()).isFalse();
        assertThat(planner.mayActOnNode("ST-0042")).isTrue();
    }

    @Test
    void adminIsAPlannerWhoMayPublishRules() {
        Session admin = of(Role.ADMIN, Optional.empty());

        assertThat(admin.isPlanner()).isTrue();
        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.mayActOnNode("DC-001")).isTrue();
    }

    @Test
    void storeManagerActsOnlyOnTheirOwnNode() {
        Session manager = of(Role.STORE_MANAGER, Optional.of("ST-0042"));

        assertThat(manager.isPlanner()).isFalse();
        assertThat(manager.isAdmin()).isFalse();
        assertThat(manager.mayActOnNode("ST-0042")).isTrue();
        assertThat(manager.mayActOnNode("ST-0043")).isFalse();
    }

    @Test
    void sessionEndsAtItsExpiryExactly() {
        Session session = of(Role.PLANNER, Optional.empty());

        assertThat(session.isExpiredAt(EXPIRES.minusMillis(1))).isFalse();
        assertThat(session.isExpiredAt(EXPIRES)).isTrue();
    }
}
