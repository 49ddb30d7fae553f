package dev.infractl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.config.ProjectLayout;
import dev.infractl.template.BundledTemplate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path root;
    BundledTemplate bundle = new BundledTemplate(getClass().getClassLoader(), "dev/infractl/template/testbundle/");
    String out;
    String err;

    @Test
    void writesTheBundledTemplateIntoTheProject() {
        assertThat(init()).isZero();

        assertThat(out).isEqualTo("""
                wrote infra/provision/inference.bicep
                wrote infra/provision/inference.parameters.json
                wrote infra/provision/inference.json
                """);
        assertThat(project().templateBicep()).exists();
        assertThat(project().inferenceParameters()).exists();
        assertThat(project().compiledTemplate()).exists();
    }

    @Test
    void refusesToOverwriteAnEditedFileWithoutForce() throws Exception {
        init();
        Files.writeString(project().templateBicep(), "// my edits\n");

        assertThat(init()).isEqualTo(2);

        assertThat(err).contains("error: init would overwrite 1 existing file(s)").contains("inference.bicep")
                .contains("hint: run `infractl init --force`");
        assertThat(Files.readString(project().templateBicep())).isEqualTo("// my edits\n");
    }

    @Test
    void overwritesWithForce() throws Exception {
        init();
        Files.writeString(project().templateBicep(), "// my edits\n");

        assertThat(init("--force")).isZero();

        assertThat(out).contains("wrote infra/provision/inference.bicep")
                .contains("unchanged infra/provision/inference.json");
        assertThat(Files.readString(project().templateBicep())).contains("param location");
    }

    @Test
    void aJarWithoutTheBundleFailsClearly() {
        bundle = new BundledTemplate(getClass().getClassLoader(), "no/bundle/here/");

        assertThat(init()).isEqualTo(2);

        assertThat(err).contains("error: this infractl build does not bundle the template");
        assertThat(project().provisionDir()).doesNotExist();
    }

    private ProjectLayout project() {
        return new ProjectLayout(root);
    }

    private int init(String... options) {
        var cli = Main.commandLine();
        ((InitCommand) cli.getSubcommands().get("init").getCommand()).bundle = bundle;
        StringWriter outText = new StringWriter();
        StringWriter errText = new StringWriter();
        cli.setOut(new PrintWriter(outText));
        cli.setErr(new PrintWriter(errText));
        List<String> args = new ArrayList<>(List.of("init", "-C", root.toString()));
        args.addAll(List.of(options));
        int exit = cli.execute(args.toArray(String[]::new));
        out = outText.toString();
        err = errText.toString();
        return exit;
    }
}
