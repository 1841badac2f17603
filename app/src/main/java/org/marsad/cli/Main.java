package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the `marsad` command. Each subcommand lives in its own class. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Arabic news to PLOVER-coded conflict and diplomacy events.",
        subcommands = {
            ExtractCommand.class,
            BenchCommand.class,
            LinkCommand.class,
            NerCommand.class,
            KbCommand.class,
            TimesCommand.class,
            EvalCommand.class,
            IngestCommand.class,
            StatsCommand.class,
            BenchIngestCommand.class,
            FeedsCommand.class,
            WatchCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            BenchApiCommand.class,
            EvalTimesCommand.class,
            EvalPetrarchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit status: 0 ok, 1 usage error, 2 some input rejected. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // Never a stack trace for a user: one line, unless --verbose was given.
            boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
            if (verbose) ex.printStackTrace();
            else System.err.println("marsad: error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        // Usage errors exit 1 (picocli's default would be 2, which marsad keeps for rejected input).
        cl.setParameterExceptionHandler((ex, a) -> {
            java.io.PrintWriter err = ex.getCommandLine().getErr();
            err.println("marsad: " + ex.getMessage());
            err.println("Try 'marsad " + (ex.getCommandLine() == cl ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            err.flush();
            return 1;
        });
        return cl.execute(args);
    }
}
