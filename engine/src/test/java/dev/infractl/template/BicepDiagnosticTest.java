package dev.infractl.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.infractl.template.BicepDiagnostic.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BicepDiagnosticTest {

    private final Path folder = Path.of("/p/infra/provision");

    @Test
    void readsBicepsDiagnosticLine() {
        BicepDiagnostic diagnostic = BicepDiagnostic.parse("/p/infra/provision/modules/app.bicep(7,13) : Warning"
                + " use-secure-value-for-secure-inputs: Property \"value\" should be secure."
                + " [https://aka.ms/bicep/linter/use-secure-value-for-secure-inputs]", folder).orElseThrow();

        assertThat(diagnostic).isEqualTo(new BicepDiagnostic("modules/app.bicep", 7, 13, Severity.WARNING,
                "use-secure-value-for-secure-inputs", "Property \"value\" should be secure.",
                "https://aka.ms/bicep/linter/use-secure-value-for-secure-inputs"));
        assertThat(diagnostic.toProblem(Path.of("/elsewhere")).location().describe())
                .isEqualTo("/elsewhere/modules/app.bicep:7:13");
    }

    @Test
    void readsALineWithoutALinkAndAMessageWithColons() {
        BicepDiagnostic diagnostic = BicepDiagnostic.parse("main.bicep(1,1) : Error BCP007: This declaration"
                + " type is not recognized: \"foo\".", folder).orElseThrow();

        assertThat(diagnostic.severity()).isEqualTo(Severity.ERROR);
        assertThat(diagnostic.code()).isEqualTo("BCP007");
        assertThat(diagnostic.message()).isEqualTo("This declaration type is not recognized: \"foo\".");
        assertThat(diagnostic.link()).isNull();
    }

    @Test
    void readsTheLinesAzPassesOn() {
        BicepDiagnostic diagnostic = BicepDiagnostic.parse("ERROR: /p/infra/provision/main.bicep(2,1) : Error BCP007:"
                + " This declaration type is not recognized.", folder).orElseThrow();

        assertThat(diagnostic.file()).isEqualTo("main.bicep");
        assertThat(diagnostic.line()).isEqualTo(2);
    }

    @Test
    void otherLinesAreNotDiagnostics() {
        assertThat(BicepDiagnostic.parse("WARNING: A new Bicep release is available: v0.31.92.", folder)).isEmpty();
        assertThat(BicepDiagnostic.parseAll("Building...\nDone\n", folder)).isEmpty();
    }
}
