package org.marsad.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --verbose} flag the commands share (a picocli mixin): the stack trace behind a one-line
 * error. {@link Main} prints it for errors that end a command; commands that report per document read {@link #on}.
 */
public final class VerboseOption {
    @Option(names = "--verbose", description = "show the stack trace behind an error")
    boolean on;
}
