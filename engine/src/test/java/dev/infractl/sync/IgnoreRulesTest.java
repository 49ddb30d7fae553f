package dev.infractl.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreRulesTest {

    @Test
    void theDefaultsLeaveOutGitCachesAndVirtualEnvironments() {
        IgnoreRules rules = IgnoreRules.defaults();
        assertThat(rules.ignored(".git", true)).isTrue();
        assertThat(rules.ignored("pkg/__pycache__", true)).isTrue();
        assertThat(rules.ignored(".venv", true)).isTrue();
        assertThat(rules.ignored("pkg/mod.pyc", false)).isTrue();
        assertThat(rules.ignored("app.py", false)).isFalse();
    }

    @Test
    void aPatternWithoutASlashMatchesAtAnyDepth() {
        IgnoreRules rules = IgnoreRules.parse(List.of("*.log"));
        assertThat(rules.ignored("debug.log", false)).isTrue();
        assertThat(rules.ignored("a/b/debug.log", false)).isTrue();
        assertThat(rules.ignored("debug.log.txt", false)).isFalse();
    }

    @Test
    void aLeadingSlashAnchorsToTheSyncedFolder() {
        IgnoreRules rules = IgnoreRules.parse(List.of("/data"));
        assertThat(rules.ignored("data", true)).isTrue();
        assertThat(rules.ignored("src/data", true)).isFalse();
    }

    @Test
    void aTrailingSlashMatchesDirectoriesOnly() {
        IgnoreRules rules = IgnoreRules.parse(List.of("build/"));
        assertThat(rules.ignored("build", true)).isTrue();
        assertThat(rules.ignored("build", false)).isFalse();
    }

    @Test
    void doubleStarsCrossFolders() {
        IgnoreRules rules = IgnoreRules.parse(List.of("**/tmp", "docs/**", "a/**/z.txt"));
        assertThat(rules.ignored("tmp", true)).isTrue();
        assertThat(rules.ignored("x/y/tmp", true)).isTrue();
        assertThat(rules.ignored("docs/guide/intro.md", false)).isTrue();
        assertThat(rules.ignored("docs", true)).isFalse();
        assertThat(rules.ignored("a/z.txt", false)).isTrue();
        assertThat(rules.ignored("a/b/c/z.txt", false)).isTrue();
    }

    @Test
    void negationReincludesAndTheLastMatchingLineWins() {
        IgnoreRules rules = IgnoreRules.parse(List.of("*.json", "!config.json", "# a comment", ""));
        assertThat(rules.ignored("other.json", false)).isTrue();
        assertThat(rules.ignored("config.json", false)).isFalse();
        assertThat(rules.ignored("# a comment", false)).isFalse();
    }

    @Test
    void questionMarksAndCharacterClassesMatchOneCharacter() {
        IgnoreRules rules = IgnoreRules.parse(List.of("file?.txt", "run[0-9].sh", "x[!a].md"));
        assertThat(rules.ignored("file1.txt", false)).isTrue();
        assertThat(rules.ignored("file12.txt", false)).isFalse();
        assertThat(rules.ignored("run7.sh", false)).isTrue();
        assertThat(rules.ignored("runx.sh", false)).isFalse();
        assertThat(rules.ignored("xb.md", false)).isTrue();
        assertThat(rules.ignored("xa.md", false)).isFalse();
    }

    @Test
    void aUserLineCanReincludeWhatADefaultLeftOut() {
        assertThat(IgnoreRules.parse(List.of("!keep.pyc")).ignored("keep.pyc", false)).isFalse();
    }
}
