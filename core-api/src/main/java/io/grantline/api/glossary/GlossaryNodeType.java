package io.grantline.api.glossary;

/** The three kinds of glossary node, with the one-letter code data.all's API filters on (nodeType). */
public enum GlossaryNodeType {
    GLOSSARY("G"),
    CATEGORY("C"),
    TERM("T");

    private final String code;

    GlossaryNodeType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static GlossaryNodeType ofCode(String code) {
        for (GlossaryNodeType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown glossary node type " + code);
    }
}
