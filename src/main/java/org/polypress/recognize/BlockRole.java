package org.polypress.recognize;

/** The role a block plays in its article, as the recognizer decides it over the whole article. */
enum BlockRole {
    /** A section or topic label above the headline. */
    KICKER,
    /** The headline. */
    HEADLINE,
    /** The summary under the headline: a deck, a teaser, a lead. */
    STANDFIRST,
    /** A byline, or a part of one (its label, a name on a line of its own). */
    BYLINE,
    /** The date line, or a part of it (its label). */
    DATE,
    /** Running text. */
    PARAGRAPH,
    /** A subheading. */
    SUBHEADING,
    /** A picture's caption, with or without its credit. */
    CAPTION,
    /** A picture's credit standing apart from its caption. */
    CREDIT,
    /** A list. */
    LIST,
    /** A quoted passage set apart. */
    QUOTE,
    /** A credit line: contributors, editors, translators, sources, a reporter's e-mail, an end mark. */
    NOTE,
    /** A name alone after the text: the author signing off. */
    SIGN_OFF,
    /** What the page prints around every article: controls, reading time, separators, advertising labels. */
    FURNITURE
}
