package io.omniroute.engine.rules;

import io.omniroute.engine.scenario.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads rules.yaml (format in docs/rules.md) into a {@link RuleSet}. A file with any problem is refused as a
 * whole, with every problem listed, so rules are never applied half-read.
 */
public final class RulesReader {

    /** The file name checkReferences reports under, since a RuleSet does not remember its file. */
    static final String DEFAULT_FILE_NAME = "rules.yaml";

    static final List<String> TOP_KEYS = List.of("name", "version", "profiles");

    private RulesReader() {
    }

    /** Reads and validates a rules file; a missing or unreadable file is an {@link InvalidInputException} too. */
    public static RuleSet read(Path file) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(fileName, 0, "", "file not found at " + file.toAbsolutePath()
                    + ": check the path (without a rules file the built-in default rules apply)");
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of(fileName, 0, "", "is not UTF-8 text (" + file.toAbsolutePath()
                    + "): save it as UTF-8");
        } catch (IOException e) {
            throw InvalidInputException.of(fileName, 0, "", "cannot be read at " + file.toAbsolutePath() + ": "
                    + e.getMessage());
        }
        return parse(text, fileName);
    }

    /** Parses and validates rules from YAML text; fileName only labels the problems. */
    public static RuleSet parse(String yamlText, String fileName) {
        Node root = compose(yamlText, fileName);
        YamlProblems problems = new YamlProblems(fileName);
        Optional<YamlMap> top = YamlMap.of(root, "", TOP_KEYS, problems);
        List<ProfileDraft> drafts = new ArrayList<>();
        top.ifPresent(map -> {
            checkMetadata(map, problems);
            drafts.addAll(readProfiles(map, problems));
        });
        CascadeCheck.check(drafts, problems);
        problems.throwIfAny();
        return new RuleSet(drafts.stream().map(ProfileDraft::profile).toList());
    }

    /**
     * Checks the names the rules use against the scenario: every excluded node must exist and every service level
     * a profile matches on must be defined. A typo there would otherwise make a filter or a profile silently idle.
     */
    public static void checkReferences(RuleSet rules, Set<String> nodeIds, Set<String> serviceLevels) {
        RuleReferences.check(rules, nodeIds, serviceLevels);
    }

    private static Node compose(String yamlText, String fileName) {
        Node root;
        try {
            root = new Yaml().compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            // An unclosed bracket or quote is found only at the end of the file; where it opened is more useful.
            boolean atEnd = e.getProblem() != null && e.getProblem().contains("<stream end>");
            Mark mark = e.getProblemMark() != null && !(atEnd && e.getContextMark() != null)
                    ? e.getProblemMark() : e.getContextMark();
            throw InvalidInputException.of(fileName, mark == null ? 0 : mark.getLine() + 1, "",
                    "is not valid YAML: " + syntaxProblem(e));
        } catch (YAMLException e) {
            throw InvalidInputException.of(fileName, 0, "", "is not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw InvalidInputException.of(fileName, 0, "", "is empty: it needs a profiles list, for example "
                    + "'profiles: [{name: standard}]'");
        }
        return root;
    }

    private static String syntaxProblem(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        String hint = problem.contains("\\t") || problem.contains("TAB")
                ? "indent with spaces, not tabs"
                : "check the indentation, and quote values that contain ': ' or start with a special character";
        return problem + context + ": " + hint;
    }

    /** name and version are not kept in the RuleSet, but a wrong one still means the file is not what was meant. */
    private static void checkMetadata(YamlMap top, YamlProblems problems) {
        top.get("name").ifPresent(n -> YamlValues.text(n, "name", problems));
        top.get("version").ifPresent(n -> {
            OptionalLong version = YamlValues.wholeNumber(n, "version", problems);
            if (version.isPresent() && version.getAsLong() < 1) {
                problems.add(n, "version", "version is " + version.getAsLong() + ": must be a whole number >= 1");
            }
        });
    }

    private static List<ProfileDraft> readProfiles(YamlMap top, YamlProblems problems) {
        Optional<Node> profiles = top.get("profiles");
        if (profiles.isEmpty()) {
            problems.add(top.node(), "profiles", "there is no profiles list: add 'profiles:' with at least one "
                    + "profile, for example '- name: standard'");
            return List.of();
        }
        if (!(profiles.get() instanceof SequenceNode)) {
            problems.add(profiles.get(), "profiles", "expected a list of profiles (lines starting with '- '), found "
                    + YamlValues.describe(profiles.get()));
            return List.of();
        }
        List<Node> items = ((SequenceNode) profiles.get()).getValue();
        if (items.isEmpty()) {
            problems.add(profiles.get(), "profiles", "the profiles list is empty: add at least one profile, or "
                    + "delete rules.yaml to use the built-in default");
            return List.of();
        }
        List<ProfileDraft> drafts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            drafts.add(ProfileReader.read(items.get(i), i, problems));
        }
        return drafts;
    }
}
