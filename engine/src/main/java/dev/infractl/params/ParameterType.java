package dev.infractl.params;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;

/** The parameter types an ARM template declares. ARM spells them case-insensitively. */
public enum ParameterType {
    STRING("string"),
    SECURE_STRING("securestring"),
    INT("int"),
    BOOL("bool"),
    ARRAY("array"),
    OBJECT("object"),
    SECURE_OBJECT("secureobject");

    private final String armName;

    ParameterType(String armName) {
        this.armName = armName;
    }

    public static Optional<ParameterType> fromArm(String name) {
        String wanted = name == null ? "" : name.toLowerCase(Locale.ROOT);
        for (ParameterType type : values()) {
            if (type.armName.equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** As ARM writes it in errors and as users write it in templates. */
    public String armName() {
        return armName;
    }

    /** Secure values are masked wherever they are shown. */
    public boolean isSecure() {
        return this == SECURE_STRING || this == SECURE_OBJECT;
    }

    public boolean isText() {
        return this == STRING || this == SECURE_STRING;
    }

    /** Whether ARM accepts this JSON value for the type; ARM does not convert "3" to 3. */
    public boolean accepts(JsonNode value) {
        return switch (this) {
            case STRING, SECURE_STRING -> value.isTextual();
            case INT -> value.isIntegralNumber() && value.canConvertToLong();
            case BOOL -> value.isBoolean();
            case ARRAY -> value.isArray();
            case OBJECT, SECURE_OBJECT -> value.isObject();
        };
    }

    /** How a value of this type is written, for messages: "an int such as 3". */
    public String example() {
        return switch (this) {
            case STRING, SECURE_STRING -> "a string";
            case INT -> "an int such as 3";
            case BOOL -> "true or false";
            case ARRAY -> "a JSON array such as [\"a\", \"b\"]";
            case OBJECT, SECURE_OBJECT -> "a JSON object such as {\"key\": \"value\"}";
        };
    }
}
