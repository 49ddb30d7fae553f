package dev.infractl.params;

import static dev.infractl.params.TestProject.parametersFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Windows PowerShell starts files with a byte order mark; every JSON file the user writes for parameters is read with one. */
class ByteOrderMarkTest {

    static final String BOM = "\uFEFF";

    final TestProject project;

    ByteOrderMarkTest(@TempDir Path root) {
        project = new TestProject(root);
    }

    @Test
    void anAtFileValueWithAByteOrderMarkIsRead() {
        Path ranges = project.write("ranges.json", BOM + "[\"203.0.113.0/24\"]");

        assertThat(project.resolved("allowedIpRanges", "allowedIpRanges=@" + ranges).value().get(0).asText())
                .isEqualTo("203.0.113.0/24");
    }

    @Test
    void anAtFileStringWithAByteOrderMarkIsRead() {
        Path image = project.write("image.json", BOM + "\"docker.io/library/python:3.11\"");

        assertThat(project.resolved("containerImage", "containerImage=@" + image).value().asText())
                .isEqualTo("docker.io/library/python:3.11");
    }

    @Test
    void aParametersFileWithAByteOrderMarkIsRead() {
        project.parameterFiles.add(project.write("ci.parameters.json", BOM + parametersFile("\"maximumInstanceCount\": {\"value\": 4}")));

        assertThat(project.resolved("maximumInstanceCount").value().asInt()).isEqualTo(4);
    }

    @Test
    void positionsInAFileWithAByteOrderMarkCountFromItsFirstCharacter() {
        LocatedJson json = LocatedJson.parse(Path.of("p.json"), BOM + "{\n  \"a\": 1\n}");

        assertThat(json.locate("$.a").describe()).isEqualTo("p.json:2:3 ($.a)");
    }
}
