package dev.infractl.app;

import dev.infractl.InfractlException;

/** The app's scale rule: how many replicas it keeps at least and may run at most. */
public record AppScale(int minReplicas, int maxReplicas) {

    /** Checks a rule asked for on the command line before anything is sent (exit 2 when wrong). */
    public static AppScale checked(int min, int max) {
        if (min < 0 || max < 1 || min > max) {
            throw InfractlException.badInput("--min " + min + " --max " + max + " is not a valid scale rule", null,
                    "give 0 <= --min <= --max and --max >= 1 (Container Apps allows at most 1000 replicas)");
        }
        if (max > 1000) {
            throw InfractlException.badInput("--max " + max + " is above what Container Apps allows", null,
                    "give --max 1000 or less; each GPU replica is a whole GPU on the meter");
        }
        return new AppScale(min, max);
    }

    public String display() {
        return "min " + minReplicas + ", max " + maxReplicas;
    }
}
