package dev.infractl.params;

/** The parameter layers of DESIGN.md, lowest first: a later layer overrides an earlier one. */
public enum Layer {
    TEMPLATE_DEFAULT("template default"),
    FINETUNING_PARAMETERS("finetuning.parameters.json"),
    FINETUNING_CONFIG("finetuning.config.json"),
    /** What Resource Manager says exists: the fine-tuning job's environment, profile, storage link, workspace. */
    DISCOVERED("ARM"),
    INFERENCE_PARAMETERS("inference.parameters.json"),
    ENVIRONMENT_PARAMETERS("environment parameters.json"),
    PARAMETERS_FILE("--parameters"),
    COMMAND_LINE("--param");

    private final String label;

    Layer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
