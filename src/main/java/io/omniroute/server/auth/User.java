package io.omniroute.server.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of the users file: who may log in, as what, and the hash of their password.
 *
 * @param nodeId the store a {@link Role#STORE_MANAGER} is bound to; empty for every other role
 * @param passwordHash as written by {@link PasswordHasher#hash}
 */
public record User(String name, Role role, Optional<String> nodeId, String passwordHash) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    /** Visible ASCII only, so a node id fits in a tab-separated line; a lone "-" means "none" there. */
    private static final Pattern NODE_ID = Pattern.compile("\\p{Graph}{1,64}");

    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(passwordHash, "passwordHash");
        nameProblem(name).ifPresent(User::refuse);
        nodeProblem(role, nodeId).ifPresent(User::refuse);
        PasswordHasher.problemWith(passwordHash).ifPresent(User::refuse);
    }

    /** What is wrong with a user name, or empty when it is valid. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("the user name is blank: use 1 to 64 of A-Z a-z 0-9 . _ @ -");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("user name \"" + name + "\" is not 1 to 64 of A-Z a-z 0-9 . _ @ -");
        }
        return Optional.empty();
    }

    /** What is wrong with the node id for this role, or empty when it fits: only a store manager has one. */
    public static Optional<String> nodeProblem(Role role, Optional<String> nodeId) {
        if (role == Role.STORE_MANAGER && nodeId.isEmpty()) {
            return Optional.of("a STORE_MANAGER needs the node id of the store they manage");
        }
        if (role != Role.STORE_MANAGER && nodeId.isPresent()) {
            return Optional.of("a " + role + " must not have a node id (got \"" + nodeId.get()
                    + "\"): only a STORE_MANAGER is bound to one store");
        }
        if (nodeId.isPresent() && (nodeId.get().equals("-") || !NODE_ID.matcher(nodeId.get()).matches())) {
            return Optional.of("node id \"" + nodeId.get() + "\" is not 1 to 64 visible ASCII characters"
                    + " other than a lone \"-\"");
        }
        return Optional.empty();
    }

    private static void refuse(String problem) {
        throw new IllegalArgumentException(problem);
    }
}
