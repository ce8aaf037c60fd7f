package org.lettersofhope.devinfra.server;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.lettersofhope.devinfra.ParentWatchAgent;

/**
 * The infrastructure JVM used by the tests: starts PostgreSQL, Kafka and the mail server, publishes their addresses in
 * {@code infra.properties}, and stops both when its owner process is gone, when its standard input closes
 * ({@code --watch-stdin}) or on SIGTERM.
 */
public final class InfraMain {

    private InfraMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = null;
        long ownerPid = ProcessHandle.current().pid();
        boolean ephemeral = false;
        boolean watchStdin = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[++i]);
                case "--owner-pid" -> ownerPid = Long.parseLong(args[++i]);
                case "--ephemeral" -> ephemeral = true;
                case "--watch-stdin" -> watchStdin = true;
                case "--no-stdin" -> watchStdin = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (dir == null) {
            throw new IllegalArgumentException("--dir is required");
        }
        Infra infra = Infra.start(dir, Infra.Ports.FREE, ephemeral, ownerPid);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            infra.close();
            stopped.countDown();
        }, "infra-shutdown"));
        Runnable exit = () -> System.exit(0);
        if (watchStdin) {
            ParentWatchAgent.watchStdin(exit);
        }
        if (ownerPid != ProcessHandle.current().pid()) {
            long owner = ownerPid;
            Thread ownerWatch = new Thread(() -> {
                ProcessHandle.of(owner).ifPresent(h -> h.onExit().join());
                exit.run();
            }, "owner-watch");
            ownerWatch.setDaemon(true);
            ownerWatch.start();
        }
        infra.state().write(dir);
        System.out.println("[dev-infra] ready: PostgreSQL on " + infra.state().postgresPort() + ", Kafka on "
                + infra.state().kafkaBootstrapServers() + ", SMTP on " + infra.state().smtpPort() + ", POP3 on "
                + infra.state().pop3Port() + ", owner " + ownerPid);
        stopped.await();
    }
}
