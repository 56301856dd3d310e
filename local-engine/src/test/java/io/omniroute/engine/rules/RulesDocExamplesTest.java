package io.omniroute.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps docs/rules.md honest: every rules file it shows must be accepted as written. */
class RulesDocExamplesTest {

    private static final Path DOC = Path.of("docs", "rules.md");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyRulesFileInTheDocumentationIsValid() throws IOException {
        List<String> blocks = yamlBlocks();

        assertThat(blocks).hasSizeGreaterThanOrEqualTo(5);
        for (String block : blocks) {
            assertThatCode(() -> RulesReader.parse(block, "rules.md")).as(block).doesNotThrowAnyException();
        }
    }

    @Test
    void theDocumentedBuiltInDefaultIsTheRealOne() throws IOException {
        String documented = yamlBlocks().stream().filter(b -> b.contains("name: default")).findFirst().orElseThrow();

        assertThat(RulesReader.parse(documented, "rules.md")).isEqualTo(RuleSet.builtIn());
    }

    private static List<String> yamlBlocks() throws IOException {
        Matcher matcher = YAML_BLOCK.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }
}
