package org.devassign.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.devassign.agent.api.Role;
import org.devassign.cli.Args;
import org.devassign.cli.CommandFailure;
import org.devassign.cli.Terminal;
import org.devassign.deploy.Identities;
import org.devassign.fleet.BrokerConfig;

/**
 * {@code devassign fleet broker --dir DIR}: a broker for a fleet, from the CA of {@code --certs}:
 * the broker's certificate and key (PEM, for Mosquitto), the CA, the ACL for the roles of
 * {@code devassign certs init} (a viewer, an operator and a debugger certificate) and mosquitto.conf.
 */
final class FleetBrokerFiles {

    private FleetBrokerFiles() {
    }

    static int write(Args args, Terminal terminal) throws CommandFailure {
        if (args.option("--dir") == null) {
            throw CommandFailure.usage("say where to write the broker's files: --dir DIR");
        }
        Path dir = Path.of(args.option("--dir")).toAbsolutePath();
        int port = FleetCommand.number(args, "--port", 8883, 1);
        List<String> hosts = new ArrayList<>(List.of("localhost", "127.0.0.1"));
        if (args.option("--hosts") != null) {
            for (String host : args.option("--hosts").split(",")) {
                if (!host.isBlank() && !hosts.contains(host.trim())) {
                    hosts.add(host.trim());
                }
            }
        }
        try {
            Files.createDirectories(dir);
            Identities.Authority ca = Identities.authority(Remote.certs(args));
            Identities.writePem(Identities.certify(ca, "devassign-broker", hosts, true, Instant.now(), Duration.ofDays(825)), ca,
                    dir.resolve("broker.pem"), dir.resolve("broker-key.pem"));
            Files.copy(Remote.certs(args).resolve("ca.pem"), dir.resolve("ca.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Map<String, Set<Role>> clients = new LinkedHashMap<>();
            for (String role : Identities.ROLES) {
                clients.put(role, EnumSet.of(Role.of(role)));
            }
            Files.writeString(dir.resolve("acl"), BrokerConfig.acl(clients), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("mosquitto.conf"), BrokerConfig.mosquitto("0.0.0.0", port, dir.resolve("ca.pem"),
                    dir.resolve("broker.pem"), dir.resolve("broker-key.pem"), dir.resolve("acl"), List.of()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandFailure(CommandFailure.PROBLEMS, e.getMessage(), e);
        }
        terminal.out().println("wrote " + dir + "/{mosquitto.conf,acl,broker.pem,broker-key.pem,ca.pem}");
        terminal.out().println("start the broker with: mosquitto -c " + dir.resolve("mosquitto.conf")
                + "   (as root it runs as the mosquitto user: chown mosquitto " + dir.resolve("broker-key.pem")
                + ", and keep it mode 0600)");
        terminal.out().println("each board: devassign certs board NAME (its CN is its name at the broker), mqtt.broker = ssl://HOST:" + port
                + " in its agent.conf");
        return 0;
    }
}
