package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.devassign.deploy.Identities;
import org.devassign.fleet.Topics;
import org.devassign.fleet.sign.CommandSigner;
import org.devassign.fleet.sign.CommandVerifier;
import org.devassign.fleet.sign.FleetIdentity;
import org.devassign.fleet.sign.SignedCommand;
import org.devassign.testing.fleet.FleetFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands signed together (a rollout's wave: one signature over a hash tree of the commands) as the
 * agent checks them, without a broker: each board takes its own command, and none takes another
 * board's, a replay, a changed byte, a changed validity or a proof that is not one.
 */
class SignedCommandsTest {

    @TempDir
    static Path dir;
    static CommandSigner signer;
    static FleetIdentity operator;

    @BeforeAll
    static void certificates() throws Exception {
        Identities.init(dir, List.of(), "127.0.0.1:0");
        operator = FleetFixture.identity(dir, "operator");
        signer = operator.signer();
    }

    private static String board(int i) {
        return "board-" + i;
    }

    private static CommandSigner.Command command(int i) {
        String board = board(i);
        return new CommandSigner.Command(board, "apply", Topics.reply(board, "operator", "s1"), ("id-" + i).getBytes(StandardCharsets.UTF_8),
                ("{\"jsonrpc\":\"2.0\",\"id\":\"" + i + "\",\"method\":\"apply\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static List<CommandSigner.Command> commands(int n) {
        List<CommandSigner.Command> commands = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            commands.add(command(i));
        }
        return commands;
    }

    /** An agent's verifier (each board has its own: its own replay guard). */
    private static CommandVerifier agent(LongSupplier clock) throws Exception {
        return new CommandVerifier(operator.authorities(), clock, Duration.ofMinutes(5), Duration.ofHours(1));
    }

    private static CommandVerifier.Signer verify(CommandVerifier verifier, CommandSigner.Command c, Map<String, String> properties)
            throws CommandVerifier.Refused {
        return verifier.verify(c.board(), c.method(), c.replyTopic(), c.correlation(), c.payload(), properties);
    }

    @Test
    void everyBoardOfABatchTakesItsOwnCommandWhateverTheBatchSize() throws Exception {
        for (int n : new int[] { 1, 2, 3, 7, 8, 100 }) {
            List<CommandSigner.Command> commands = commands(n);
            List<Map<String, String>> signed = signer.signAll(commands, System.currentTimeMillis(), Duration.ofSeconds(60));
            assertEquals(n, signed.size());
            for (int i = 0; i < n; i++) {
                assertEquals("operator", verify(agent(System::currentTimeMillis), commands.get(i), signed.get(i)).commonName(), n + ": " + i);
                assertEquals(n > 1, signed.get(i).containsKey(SignedCommand.PROOF), "a command alone is signed alone");
            }
            if (n > 1) {
                assertEquals(signed.get(0).get(SignedCommand.SIGNATURE), signed.get(n - 1).get(SignedCommand.SIGNATURE), "one signature");
                assertNotEquals(signed.get(0).get(SignedCommand.NONCE), signed.get(1).get(SignedCommand.NONCE), "a nonce per command");
            }
        }
    }

    @Test
    void aBoardRefusesTheCommandOfAnotherBoardOfTheSameBatch() throws Exception {
        List<CommandSigner.Command> commands = commands(4);
        List<Map<String, String>> signed = signer.signAll(commands, System.currentTimeMillis(), Duration.ofSeconds(60));
        verify(agent(System::currentTimeMillis), commands.get(1), signed.get(1)); // the shared signature is valid (and checked)
        CommandSigner.Command other = commands.get(2);
        // board 1's command and proof, delivered to board 2 (the same reply topic form, board 2's name)
        CommandSigner.Command misrouted = new CommandSigner.Command(other.board(), "apply", commands.get(1).replyTopic(),
                commands.get(1).correlation(), commands.get(1).payload());
        CommandVerifier.Refused refused = assertThrows(CommandVerifier.Refused.class,
                () -> verify(agent(System::currentTimeMillis), misrouted, signed.get(1)));
        assertTrue(refused.getMessage().contains("does not match"), refused.getMessage());
        // board 2's own command with board 1's proof
        refused = assertThrows(CommandVerifier.Refused.class, () -> verify(agent(System::currentTimeMillis), other, signed.get(1)));
        assertTrue(refused.getMessage().contains("does not match"), refused.getMessage());
    }

    @Test
    void aReplayedCommandOfABatchIsRefused() throws Exception {
        List<CommandSigner.Command> commands = commands(3);
        List<Map<String, String>> signed = signer.signAll(commands, System.currentTimeMillis(), Duration.ofSeconds(60));
        CommandVerifier board0 = agent(System::currentTimeMillis);
        verify(board0, commands.get(0), signed.get(0));
        CommandVerifier.Refused refused = assertThrows(CommandVerifier.Refused.class, () -> verify(board0, commands.get(0), signed.get(0)));
        assertTrue(refused.getMessage().contains("replay"), refused.getMessage());
    }

    @Test
    void aChangedByteOfTheCommandOrItsProofIsRefused() throws Exception {
        List<CommandSigner.Command> commands = commands(5);
        List<Map<String, String>> signed = signer.signAll(commands, System.currentTimeMillis(), Duration.ofSeconds(60));
        CommandSigner.Command c = commands.get(3);
        verify(agent(System::currentTimeMillis), c, signed.get(3)); // valid, and its signature now known valid to this process

        byte[] payload = c.payload().clone();
        payload[payload.length - 3] ^= 1;
        refusedSaying("does not match", new CommandSigner.Command(c.board(), c.method(), c.replyTopic(), c.correlation(), payload), signed.get(3));
        refusedSaying("does not match", new CommandSigner.Command(c.board(), "rollback", c.replyTopic(), c.correlation(), c.payload()),
                signed.get(3));
        refusedSaying("does not match", new CommandSigner.Command(c.board(), c.method(), Topics.reply(c.board(), "operator", "s2"),
                c.correlation(), c.payload()), signed.get(3));
        refusedSaying("does not match", new CommandSigner.Command(c.board(), c.method(), c.replyTopic(), "id-4".getBytes(StandardCharsets.UTF_8),
                c.payload()), signed.get(3));

        byte[] proof = Base64.getDecoder().decode(signed.get(3).get(SignedCommand.PROOF));
        for (int at : new int[] { 1, 40, proof.length - 1 }) {
            byte[] changed = proof.clone();
            changed[at] ^= 0x10;
            refusedSaying("does not match", c, with(signed.get(3), SignedCommand.PROOF, Base64.getEncoder().encodeToString(changed)));
        }
        byte[] side = proof.clone();
        side[0] = 7;
        refusedSaying("neither left nor right", c, with(signed.get(3), SignedCommand.PROOF, Base64.getEncoder().encodeToString(side)));
        refusedSaying("not a path", c, with(signed.get(3), SignedCommand.PROOF,
                Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(proof, proof.length - 1))));
        refusedSaying("not a path", c, with(signed.get(3), SignedCommand.PROOF, Base64.getEncoder().encodeToString(new byte[33 * 25])));
        // without its proof the shared signature is not the command's own
        Map<String, String> bare = new HashMap<>(signed.get(3));
        bare.remove(SignedCommand.PROOF);
        refusedSaying("does not match", c, bare);
        // another nonce (to pass the replay guard) breaks the leaf
        refusedSaying("does not match", c, with(signed.get(3), SignedCommand.NONCE, "0".repeat(32)));
    }

    @Test
    void aBatchsValidityCannotBeStretchedAndExpires() throws Exception {
        long now = System.currentTimeMillis();
        List<CommandSigner.Command> commands = commands(3);
        List<Map<String, String>> signed = signer.signAll(commands, now, Duration.ofSeconds(60));
        refusedSaying("does not match", commands.get(0), with(signed.get(0), SignedCommand.EXPIRES, Long.toString(now + 120_000)));
        refusedSaying("does not match", commands.get(0), with(signed.get(0), SignedCommand.TIME, Long.toString(now + 1)));
        CommandVerifier late = agent(() -> now + 61_000);
        CommandVerifier.Refused refused = assertThrows(CommandVerifier.Refused.class, () -> verify(late, commands.get(1), signed.get(1)));
        assertTrue(refused.getMessage().contains("expired"), refused.getMessage());
        // the batch's signature is valid and known valid; the board's own clock still decides
        assertFalse(verify(agent(() -> now + 1_000), commands.get(2), signed.get(2)).commonName().isEmpty());
    }

    @Test
    void aBatchSignedByACertificateOfAnotherCaIsRefused() throws Exception {
        Path foreign = dir.resolve("foreign");
        Identities.init(foreign, List.of(), "127.0.0.1:0");
        CommandSigner forger = FleetFixture.identity(foreign, "operator").signer();
        List<CommandSigner.Command> commands = commands(3);
        List<Map<String, String>> signed = forger.signAll(commands, System.currentTimeMillis(), Duration.ofSeconds(60));
        CommandVerifier.Refused refused = assertThrows(CommandVerifier.Refused.class,
                () -> verify(agent(System::currentTimeMillis), commands.get(0), signed.get(0)));
        assertTrue(refused.getMessage().contains("is not one of this agent's CA"), refused.getMessage());
        // the forger's signature with the operator's chain
        refusedSaying("does not match", commands.get(1), with(signed.get(1), SignedCommand.CHAIN, signer.encodedChain()));
    }

    @Test
    void aRevokedSignerIsRefusedAlthoughItsChainAndSignatureAreKnownValid() throws Exception {
        List<CommandSigner.Command> commands = commands(3);
        List<Map<String, String>> signed = signer.signAll(commands, System.currentTimeMillis(), Duration.ofSeconds(60));
        verify(agent(System::currentTimeMillis), commands.get(0), signed.get(0)); // chain and signature now remembered by this process
        CommandVerifier revoking = CommandVerifier.standard(operator.authorities(), certificate -> {
            if (certificate.getSubjectX500Principal().getName().contains("CN=operator")) {
                throw new java.security.cert.CertificateException("operator's certificate is revoked");
            }
        });
        CommandVerifier.Refused refused = assertThrows(CommandVerifier.Refused.class, () -> verify(revoking, commands.get(1), signed.get(1)));
        assertTrue(refused.getMessage().contains("revoked"), refused.getMessage());
    }

    @Test
    void aHostileChainOrProofIsRefusedWithAReason() throws Exception {
        List<CommandSigner.Command> commands = commands(2);
        List<Map<String, String>> signed = signer.signAll(commands, System.currentTimeMillis(), Duration.ofSeconds(60));
        refusedSaying("holds no certificate", commands.get(0), with(signed.get(0), SignedCommand.CHAIN, "."));
        refusedSaying("is not one of this agent's CA", commands.get(0), with(signed.get(0), SignedCommand.CHAIN, "%%%"));
        refusedSaying("cannot be checked", commands.get(0), with(signed.get(0), SignedCommand.PROOF, "not base64!"));
        refusedSaying("does not match", commands.get(0), with(signed.get(0), SignedCommand.PROOF, ""));
        refusedSaying("characters long", commands.get(0), with(signed.get(0), SignedCommand.PROOF, "A".repeat(1 << 20)));
        // a proof added to a command signed alone
        CommandSigner.Command alone = command(9);
        Map<String, String> single = signer.signAll(List.of(alone), System.currentTimeMillis(), Duration.ofSeconds(60)).get(0);
        refusedSaying("does not match", alone, with(single, SignedCommand.PROOF, signed.get(0).get(SignedCommand.PROOF)));
    }

    private static Map<String, String> with(Map<String, String> properties, String name, String value) {
        Map<String, String> changed = new HashMap<>(properties);
        changed.put(name, value);
        return changed;
    }

    private static void refusedSaying(String words, CommandSigner.Command c, Map<String, String> properties) throws Exception {
        CommandVerifier.Refused refused = assertThrows(CommandVerifier.Refused.class, () -> verify(agent(System::currentTimeMillis), c, properties));
        assertTrue(refused.getMessage().contains(words), words + ": " + refused.getMessage());
    }
}
