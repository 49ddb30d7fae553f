package dev.infractl.arm.expression;

/** One lexical token of an expression; {@code position} is the offset in the expression text. */
record Token(Kind kind, String text, int position) {

    enum Kind { IDENTIFIER, STRING, INTEGER, LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, COMMA, DOT, END }
}
