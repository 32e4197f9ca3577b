package org.polypress;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Polypress's own command line. Camel's {@code Main} stops on options it does not know, so ours are
 * read here and handed to Camel as property overrides.
 *
 * @param once       convert what is in the input folder, then exit
 * @param help       print the usage and exit
 * @param version    print the version and the commit it was built from, and exit
 * @param properties property overrides ({@code polypress.input}, …)
 */
record CommandLine(boolean once, boolean help, boolean version, Map<String, String> properties) {

    static final String USAGE = String.join("\n",
            "usage: bin/polypress [--once] [--input=DIR] [--output=DIR] [--workers=N] [--host=ADDR] [--port=N]",
            "       (installed), or java -jar target/polypress.jar [the same options] (in a checkout)",
            "",
            "  (no option)   watch the input folder and publish every article dropped into it",
            "  --once        convert what is in the input folder, then exit:",
            "                status 0 when all was published, 1 when any file failed",
            "  --input=DIR   the drop folder (default: input, property polypress.input)",
            "  --output=DIR  where renditions are published (default: output, property polypress.output)",
            "  --workers=N   files converted at once (default: one per processor core, property polypress.workers)",
            "  --host=ADDR   the address the HTTP server listens on (default: 127.0.0.1, property polypress.http.host)",
            "  --port=N      its port, 0 for any free one (default: 8080, property polypress.http.port);",
            "                with --once no server is started",
            "  --mode=MODE   standalone (the default), ingest, worker or all: see docs/scaling.md (property",
            "                polypress.mode)",
            "  --version     print the version, the commit it was built from and the Java it runs on",
            "  --help        print this text");

    /** Thrown for arguments Polypress does not understand; the message says which. */
    static final class BadArguments extends Exception {
        BadArguments(String message) {
            super(message);
        }
    }

    static CommandLine parse(String[] args) throws BadArguments {
        boolean once = false;
        boolean help = false;
        boolean version = false;
        Map<String, String> properties = new LinkedHashMap<>();
        for (String arg : args) {
            if ("--once".equals(arg)) {
                once = true;
                properties.put("polypress.once", "true");
            } else if ("--help".equals(arg) || "-h".equals(arg)) {
                help = true;
            } else if ("--version".equals(arg)) {
                version = true;
            } else if (arg.startsWith("--input=")) {
                properties.put("polypress.input", folder(arg, "--input="));
            } else if (arg.startsWith("--output=")) {
                properties.put("polypress.output", folder(arg, "--output="));
            } else if (arg.startsWith("--workers=")) {
                properties.put("polypress.workers", workers(arg.substring("--workers=".length())));
            } else if (arg.startsWith("--host=")) {
                properties.put("polypress.http.host", host(arg.substring("--host=".length())));
            } else if (arg.startsWith("--mode=")) {
                properties.put("polypress.mode", arg.substring("--mode=".length()));
            } else if (arg.startsWith("--port=")) {
                properties.put("polypress.http.port", port(arg.substring("--port=".length())));
            } else {
                throw new BadArguments("unknown argument: " + arg);
            }
        }
        if (once) {
            // a one-shot batch serves nobody: no HTTP server, no HTTP routes
            properties.put("polypress.http.enabled", "false");
        }
        return new CommandLine(once, help, version, Map.copyOf(properties));
    }

    private static String workers(String value) throws BadArguments {
        if (!value.matches("[1-9][0-9]{0,3}")) {
            throw new BadArguments("--workers needs a number from 1 to 9999, e.g. --workers=4: " + value);
        }
        return value;
    }

    private static String host(String value) throws BadArguments {
        if (value.isBlank() || !value.matches("[A-Za-z0-9.:\\[\\]%-]+")) {
            throw new BadArguments("--host needs an address to listen on, e.g. --host=127.0.0.1 or --host=0.0.0.0");
        }
        return value;
    }

    private static String port(String value) throws BadArguments {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return Integer.toString(port);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadArguments("--port needs a port number from 0 to 65535, e.g. --port=8080");
    }

    private static String folder(String arg, String option) throws BadArguments {
        String value = arg.substring(option.length());
        if (value.isBlank()) {
            throw new BadArguments(option + " needs a folder, e.g. " + option + "articles");
        }
        return value;
    }
}
