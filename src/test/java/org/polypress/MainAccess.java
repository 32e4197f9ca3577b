package org.polypress;

import java.io.PrintStream;

/** Lets tests in other packages run the command line as {@code java -jar} would. */
public final class MainAccess {

    private MainAccess() {
    }

    /** The application as {@code java -jar} starts it, with property overrides, not yet started. */
    public static org.apache.camel.main.Main camelMain(java.util.Map<String, String> overrides) {
        return Main.camelMain(overrides);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        return Main.run(args, out, err);
    }
}
