package dev.infractl.params;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.SourceLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocatedJsonTest {

    private static final Path FILE = Path.of("p.json");
    private final LocatedJson json = LocatedJson.parse(FILE, """
            {
              // comments are allowed in ARM parameter files
              "parameters": {
                "odd-name": {"value": [1, {"deep": "${X}"}]}
              }
            }
            """);

    @Test
    void membersPointAtTheirKey() {
        assertThat(json.locate("$.parameters['odd-name']")).isEqualTo(new SourceLocation(FILE, 4, 5, "$.parameters['odd-name']"));
    }

    @Test
    void elementsAndNestedMembersAreIndexed() {
        assertThat(json.locate("$.parameters['odd-name'].value[1].deep").line()).isEqualTo(4);
        assertThat(json.locate("$.parameters['odd-name'].value[0]").column()).isEqualTo(28);
    }

    @Test
    void textInsideAValueIsLocatedExactly() {
        assertThat(json.locateText("$.parameters['odd-name'].value[1].deep", "${X}").column()).isEqualTo(41);
    }

    @Test
    void anUnknownPathKeepsThePathWithoutALine() {
        assertThat(json.locate("$.nope")).isEqualTo(SourceLocation.jsonPath(FILE, "$.nope"));
    }
}
