package io.omniroute.server.auth;

import io.omniroute.engine.scenario.InputProblem;
import io.omniroute.engine.scenario.InvalidInputException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The users file: UTF-8 text, one user per line as {@code name<TAB>role<TAB>node_id or -<TAB>hash}, with
 * {@code #} comment lines and blank lines allowed. Immutable; {@link #with} returns a changed copy.
 */
public final class UserFile {

    static final String HEADER = "# omniroute users: name<TAB>role<TAB>node_id (- for none)<TAB>password hash";
    private static final String NO_NODE = "-";
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final List<String> FIELDS = List.of("name", "role", "node_id", "hash");

    private final Map<String, User> users;

    private UserFile(Map<String, User> users) {
        this.users = users;
    }

    public static UserFile empty() {
        return new UserFile(Map.of());
    }

    /**
     * Reads a users file; a missing file has no users.
     *
     * @throws InvalidInputException naming the file, line and field of every malformed line
     */
    public static UserFile read(Path path) throws IOException {
        if (Files.notExists(path)) {
            return empty();
        }
        String file = String.valueOf(path.getFileName());
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(file, 0, "", "is not UTF-8 text");
        }
        return parse(file, lines);
    }

    static UserFile parse(String file, List<String> lines) {
        Map<String, User> users = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int number = index + 1;
            Optional<User> user = parseLine(file, number, line, problems);
            if (user.isEmpty()) {
                continue;
            }
            String name = user.get().name();
            Integer earlier = firstLine.putIfAbsent(name, number);
            if (earlier != null) {
                problems.add(new InputProblem(file, number, "name",
                        "user " + name + " is already on line " + earlier + ": one line per user"));
            } else {
                users.put(name, user.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new UserFile(users);
    }

    private static Optional<User> parseLine(String file, int number, String line, List<InputProblem> problems) {
        String[] fields = line.split("\t", -1);
        if (fields.length != FIELDS.size()) {
            problems.add(new InputProblem(file, number, "", "has " + fields.length + " tab-separated fields, not "
                    + FIELDS.size() + " (" + String.join(", ", FIELDS) + ")"));
            return Optional.empty();
        }
        int before = problems.size();
        String name = fields[0];
        User.nameProblem(name).ifPresent(message -> problems.add(new InputProblem(file, number, "name", message)));
        Optional<Role> role = role(fields[1]);
        if (role.isEmpty()) {
            problems.add(new InputProblem(file, number, "role", "role \"" + fields[1]
                    + "\" is unknown: use PLANNER, STORE_MANAGER or ADMIN"));
        }
        Optional<String> nodeId = fields[2].equals(NO_NODE) ? Optional.empty() : Optional.of(fields[2]);
        role.flatMap(known -> User.nodeProblem(known, nodeId))
                .ifPresent(message -> problems.add(new InputProblem(file, number, "node_id", message)));
        PasswordHasher.problemWith(fields[3])
                .ifPresent(message -> problems.add(new InputProblem(file, number, "hash", message)));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new User(name, role.orElseThrow(), nodeId, fields[3]));
    }

    private static Optional<Role> role(String text) {
        for (Role role : Role.values()) {
            if (role.name().equals(text)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public Optional<User> find(String name) {
        return Optional.ofNullable(users.get(name));
    }

    /** Every user, in file order. */
    public List<User> users() {
        return List.copyOf(users.values());
    }

    /** A copy with this user added, or replacing the user of the same name in place. */
    public UserFile with(User user) {
        Map<String, User> changed = new LinkedHashMap<>(users);
        changed.put(user.name(), user);
        return new UserFile(changed);
    }

    /**
     * Writes the file atomically: a temporary file in the same folder, moved over the old one, readable by the owner
     * only (600) where the file system has POSIX permissions. Comment lines of a file read earlier are not kept.
     */
    public void write(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp", ownerOnly(folder));
        try {
            Files.writeString(temporary, text(), StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path folder) {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)};
        }
        return new FileAttribute<?>[0];
    }

    private String text() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (User user : users.values()) {
            text.append(user.name()).append('\t').append(user.role().name()).append('\t')
                    .append(user.nodeId().orElse(NO_NODE)).append('\t').append(user.passwordHash()).append('\n');
        }
        return text.toString();
    }
}
