package org.marsad.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.marsad.store.Feed;
import org.marsad.store.MarsadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code marsad feeds add|list|remove}: the RSS/Atom feeds that {@code marsad watch} polls. */
@Command(name = "feeds", description = "Manage the RSS/Atom feeds that `marsad watch` polls.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Remove.class})
public final class FeedsCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "feeds needs add, list or remove");
    }

    static String checkedUrl(String url) {
        URI u;
        try {
            u = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + url);
        }
        if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null)
            throw new IllegalArgumentException("a feed URL must be http:// or https://: " + url);
        return u.toString();
    }

    @Command(name = "add", description = "Subscribe to a feed.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "URL") String url;
        @Mixin StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (MarsadStore store = storeOptions.open()) {
                Feed f = store.addFeed(checkedUrl(url));
                new PrintStream(System.out, true, StandardCharsets.UTF_8).println("feed " + f.id() + " " + f.url());
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the subscribed feeds with their last poll.")
    static final class ListFeeds implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            try (MarsadStore store = storeOptions.open()) {
                for (Feed f : store.feeds())
                    out.println(f.id() + "\t" + f.url() + "\t" + (f.title() == null ? "-" : f.title()) + "\titems="
                            + f.itemsIngested() + "\tpolled=" + (f.lastPolled() == null ? "never" : f.lastPolled())
                            + (f.lastError() == null ? "" : "\terror=" + f.lastError()));
            }
            return 0;
        }
    }

    @Command(name = "remove", description = "Unsubscribe from a feed (its articles stay).")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "URL") String url;
        @Mixin StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (MarsadStore store = storeOptions.open()) {
                if (!store.removeFeed(url)) throw new IllegalArgumentException("not subscribed: " + url);
            }
            return 0;
        }
    }
}
