package org.polypress;

import java.io.PrintStream;

/** Lets tests in other packages run the command line as {@code java -jar} would. */
public final class MainAccess {

    private MainAccess() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        return Main.run(args, out, err);
    }
}
