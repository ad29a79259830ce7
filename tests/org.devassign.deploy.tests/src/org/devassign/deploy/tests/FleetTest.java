package org.devassign.deploy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.devassign.agent.api.ErrorCode;
import org.devassign.agent.api.RollbackRequest;
import org.devassign.agent.api.Status;
import org.devassign.deploy.Identities;
import org.devassign.agent.api.tls.KeyFiles;
import org.devassign.agent.api.wire.ProtocolJson;
import org.devassign.deploy.Revocations;
import org.devassign.fleet.LabelSelector;
import org.devassign.fleet.Topics;
import org.devassign.fleet.mqtt.MqttLink;
import org.devassign.fleet.sign.CommandSigner;
import org.devassign.fleet.client.FleetConnection;
import org.devassign.fleet.rollout.BoardStatus;
import org.devassign.fleet.rollout.Rollout;
import org.devassign.fleet.rollout.RolloutState;
import org.devassign.fleet.rollout.RolloutState.Outcome;
import org.devassign.fleet.rollout.RolloutStore;
import org.devassign.fleet.sign.FleetIdentity;
import org.devassign.testing.fleet.FleetFixture;
import org.devassign.testing.fleet.Mosquitto;
import org.devassign.testing.fleet.SimulatedFleet;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fleets through a real Mosquitto (TLS, client certificates, the fleet's ACL): 70 simulated agents,
 * each the real agent service with its own certificate and MQTT connection, in groups of ten (label
 * group=gN) so that each test rolls out to its own boards. Every rollout test ends by checking that
 * each board's real state (its agent's active deployment and its device's driver) is the one the
 * rollout reports: nothing half-applied, nothing reported that did not happen.
 */
class FleetTest {

    static final int BOARDS = 70;

    @TempDir
    static Path shared;

    static FleetFixture fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void startFleet() throws Exception {
        String missing = Mosquitto.unavailable();
        if (missing != null) {
            throw new AssertionError(missing);
        }
        fixture = FleetFixture.start(shared, BOARDS, i -> Map.of("group", "g" + i / 10, "rack", "r" + i % 3));
    }

    @AfterAll
    static void stopFleet() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static Rollout.Options options(int answerSeconds, int offlineSeconds) {
        return new Rollout.Options(Duration.ofSeconds(answerSeconds), Duration.ofSeconds(offlineSeconds));
    }

    private static RolloutState plan(FleetConnection fleet, String group) {
        return Rollout.plan(FleetDeployments.EDU, fixture.broker.uri(), LabelSelector.parse("group=" + group), fleet.boards().values(), 1, 3);
    }

    private static String name(int i) {
        return SimulatedFleet.name(i);
    }

    /** Each board of the rollout is, on its agent and its device, what the rollout says it is. */
    private static void boardsAreAsReported(RolloutState state) throws Exception {
        assertEquals(10, state.boards.size(), state.boards.keySet().toString());
        for (RolloutState.Board b : state.boards.values()) {
            SimulatedFleet.SimBoard board = fixture.fleet.board(b.name);
            Status status = board.agent.status("devassign-agent");
            boolean active = state.digest.equals(status.digest());
            String driver = board.backend.driverOf(AgentServiceTest.EDU0);
            String where = b.name + " is " + b.status.word() + " in the rollout (" + b.detail + "); its agent has " + status.digest()
                    + " active and edu0 on " + driver;
            assertEquals(b.status == BoardStatus.APPLIED, active, where);
            assertEquals(active, "vfio-pci".equals(driver), where);
        }
    }

    /**
     * The audit has the record, naming the signer as a TLS session names its client: the whole subject,
     * and the certificate's issuer with where the command came from (the broker).
     */
    static void audited(List<String> lines, String subject, String action, String outcome) {
        boolean found = AuditTrailTest.records(lines).stream().anyMatch(r -> r.get("who").getAsString().equals(subject)
                && r.get("action").getAsString().equals(action) && r.get("outcome").getAsString().equals(outcome) && r.has("client")
                && r.getAsJsonObject("client").get("issuer").getAsString().startsWith("CN=DevAssign development CA ")
                && r.getAsJsonObject("client").get("from").getAsString().startsWith("mqtt ssl://"));
        assertTrue(found, subject + " " + action + " " + outcome + " with the signer's issuer and the broker:\n" + String.join("\n", lines));
    }

    @Test
    void canaryThenWavesApplyEveryBoardAuthorisedBySignedIdentityAndRollBack() throws Exception {
        try (FleetConnection viewer = fixture.connect("viewer"); FleetConnection operator = fixture.connect("operator")) {
            // a viewer may ask a board's status: it reads and changes nothing
            Status seen = viewer.call(name(0), a -> a.status(), Duration.ofSeconds(10)).get();
            assertNull(seen.digest());

            RolloutStore store = new RolloutStore(dir);
            RolloutState state = new Rollout(operator, store, options(20, 5), new Rollout.Events() {
            }).run(plan(operator, "g0"));
            assertEquals(Outcome.DONE, state.outcome, state.reason);
            assertEquals(4, state.waves.size(), "a canary of one, then three waves of three: " + state.waves);
            assertEquals(List.of(name(0)), state.waves.get(0));
            assertEquals(Outcome.DONE, store.load(state.id).outcome, "the state file says what the rollout said");
            boardsAreAsReported(state);
            for (RolloutState.Board b : state.boards.values()) {
                assertEquals(1, b.attempts, b.name);
                audited(fixture.fleet.board(b.name).audit(), "CN=operator,O=DevAssign", "apply fleet-edu", "ok");
            }

            RolloutState back = new Rollout(operator, store, options(20, 5), new Rollout.Events() {
            }).rollback(state);
            assertEquals(Outcome.ROLLED_BACK, back.outcome, back.reason);
            assertEquals(10, back.withStatus(BoardStatus.ROLLED_BACK).size(), back.counts().toString());
            boardsAreAsReported(back);
        }
    }

    @Test
    void theAgentRefusesAViewersApplyByItsSignedIdentityAndAuditsIt() throws Exception {
        try (FleetConnection viewer = fixture.connect("viewer")) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> viewer.call(name(69), a -> a.apply(FleetDeployments.EDU), Duration.ofSeconds(10)).get());
            ResponseErrorException error = (ResponseErrorException) refused.getCause();
            assertEquals(ErrorCode.NOT_AUTHORIZED.code(), error.getResponseError().getCode(), error.getMessage());
            assertNull(fixture.fleet.board(name(69)).agent.status("devassign-agent").digest());
            audited(fixture.fleet.board(name(69)).audit(), "CN=viewer,O=DevAssign", "apply", "refused");
        }
    }

    @Test
    void aFailingApplyStopsTheRolloutAndRollsBackItsWave() throws Exception {
        // g1: waves [10] [11 12 13] [14 15 16] [17 18 19]; board 15 fails its bind
        fixture.fleet.board(name(15)).backend.failNextBind(AgentServiceTest.EDU0);
        try (FleetConnection operator = fixture.connect("operator")) {
            RolloutState state = new Rollout(operator, new RolloutStore(dir), options(20, 5), new Rollout.Events() {
            }).run(plan(operator, "g1"));
            assertEquals(Outcome.STOPPED, state.outcome);
            assertTrue(state.reason.contains(name(15)), state.reason);
            assertEquals(BoardStatus.FAILED, state.board(name(15)).status);
            for (int i : new int[] {10, 11, 12, 13}) {
                assertEquals(BoardStatus.APPLIED, state.board(name(i)).status, name(i));
            }
            for (int i : new int[] {14, 16}) {
                assertEquals(BoardStatus.ROLLED_BACK, state.board(name(i)).status, name(i));
            }
            for (int i : new int[] {17, 18, 19}) {
                assertEquals(BoardStatus.PENDING, state.board(name(i)).status, "a wave after the failed one is not sent: " + name(i));
            }
            boardsAreAsReported(state);
        }
    }

    @Test
    void aSilentBoardStopsItsWaveAndIsRolledBackOnceItAnswers() throws Exception {
        // g2: board 22 (wave 1) takes 6 s in its apply (2 s in each of its three binds), the answer timeout is 1 s
        fixture.slow.put(name(22), 2000L);
        try (FleetConnection operator = fixture.connect("operator")) {
            RolloutState state = new Rollout(operator, new RolloutStore(dir), options(1, 20), new Rollout.Events() {
            }).run(plan(operator, "g2"));
            assertEquals(Outcome.STOPPED, state.outcome);
            assertTrue(state.reason.contains(name(22) + " (no-answer)"), state.reason);
            assertEquals(BoardStatus.APPLIED, state.board(name(20)).status);
            for (int i : new int[] {21, 22, 23}) {
                assertEquals(BoardStatus.ROLLED_BACK, state.board(name(i)).status, name(i) + ": " + state.board(name(i)).detail);
            }
            boardsAreAsReported(state);
        } finally {
            fixture.slow.remove(name(22));
        }
    }

    @Test
    void aConnectionCutMidApplyIsAskedAgainNotAppliedTwice() throws Exception {
        // g3: board 35 (wave 2) is cut off the broker for 2 s while its apply is running
        fixture.slow.put(name(35), 1500L);
        CountDownLatch sent = new CountDownLatch(1);
        try (FleetConnection operator = fixture.connect("operator")) {
            AtomicReference<RolloutState> result = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            RolloutState planned = plan(operator, "g3");
            Thread run = Thread.ofVirtual().start(() -> {
                try {
                    result.set(new Rollout(operator, new RolloutStore(dir), options(20, 20), new Rollout.Events() {
                        @Override
                        public void board(RolloutState s, RolloutState.Board b) {
                            if (b.name.equals(name(35)) && b.status == BoardStatus.SENT) {
                                sent.countDown();
                            }
                        }
                    }).run(planned));
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            assertTrue(sent.await(60, TimeUnit.SECONDS));
            Thread.sleep(500);
            fixture.fleet.board(name(35)).endpoint.link().cut(Duration.ofSeconds(2));
            run.join(Duration.ofSeconds(90));
            assertNull(failure.get());
            RolloutState state = result.get();
            assertNotNull(state, "the rollout did not end");
            assertEquals(Outcome.DONE, state.outcome, state.reason);
            assertEquals(1, state.board(name(35)).attempts, "the board was asked for its status, not applied again");
            boardsAreAsReported(state);
        } finally {
            fixture.slow.remove(name(35));
        }
    }

    @Test
    void aBrokerRestartMidRolloutEndsWithEveryBoardApplied() throws Exception {
        // g4: every board takes 800 ms to apply; the broker is stopped while wave 1 is in flight. Boards 48 and 49
        // (the last wave) are away while it is down and come back only after their wave has started: the broker
        // forgot their retained births, this client's view of them is from before the restart, and they must be
        // waited for (not sent to, not offline, not failed) until they say they are back
        IntStream.range(40, 50).forEach(i -> fixture.slow.put(name(i), 800L));
        List<SimulatedFleet.SimBoard> late = List.of(fixture.fleet.board(name(48)), fixture.fleet.board(name(49)));
        CountDownLatch sent = new CountDownLatch(1);
        CountDownLatch lastWave = new CountDownLatch(1);
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<BoardStatus> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (FleetConnection operator = fixture.connect("operator")) {
            AtomicReference<RolloutState> result = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            RolloutState planned = plan(operator, "g4");
            java.util.Map<String, Long> before = new java.util.HashMap<>();
            for (String board : planned.boards.keySet()) {
                before.put(board, fixture.fleet.board(board).agent.status("devassign-agent").lastTransaction());
            }
            Thread run = Thread.ofVirtual().start(() -> {
                try {
                    result.set(new Rollout(operator, new RolloutStore(dir), new Rollout.Options(Duration.ofSeconds(20), Duration.ofSeconds(30),
                            Duration.ofSeconds(60)), new Rollout.Events() {
                                @Override
                                public void wave(RolloutState s, int index, List<String> boards) {
                                    if (boards.contains(name(48))) {
                                        lastWave.countDown();
                                    }
                                }

                                @Override
                                public void board(RolloutState s, RolloutState.Board b) {
                                    seen.add(b.name + " " + b.status.word() + ": " + b.detail);
                                    statuses.add(b.status);
                                    if (b.name.equals(name(41)) && b.status == BoardStatus.SENT) {
                                        sent.countDown();
                                    }
                                }
                            }).run(planned));
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            assertTrue(sent.await(60, TimeUnit.SECONDS));
            Thread.sleep(300);
            fixture.broker.stop();
            late.forEach(fixture.fleet::disconnect);
            Thread.sleep(1000);
            fixture.broker.start();
            assertTrue(lastWave.await(60, TimeUnit.SECONDS), "the last wave started: " + seen);
            Thread.sleep(1000);
            for (SimulatedFleet.SimBoard b : late) {
                fixture.fleet.reconnect(b);
            }
            run.join(Duration.ofSeconds(120));
            assertNull(failure.get());
            RolloutState state = result.get();
            assertNotNull(state, "the rollout did not end");
            assertEquals(Outcome.DONE, state.outcome, state.reason);
            for (RolloutState.Board b : state.boards.values()) {
                // an apply the restart swallowed is sent again; what must hold is that the board applied it once
                long applies = fixture.fleet.board(b.name).agent.status("devassign-agent").lastTransaction() - before.get(b.name);
                assertEquals(1, applies, b.name + " was applied once (" + b.attempts + " sends): " + b.detail);
            }
            for (SimulatedFleet.SimBoard b : late) {
                assertEquals(1, state.board(b.name).attempts, b.name + " was sent its apply once, after its birth: " + seen);
            }
            assertTrue(statuses.stream().noneMatch(s -> s == BoardStatus.OFFLINE || s == BoardStatus.NO_ANSWER || s == BoardStatus.FAILED),
                    "no board was counted offline, silent or failed while its birth was coming: " + seen);
            boardsAreAsReported(state);
        } finally {
            IntStream.range(40, 50).forEach(i -> fixture.slow.remove(name(i)));
            for (SimulatedFleet.SimBoard b : late) {
                if (b.endpoint == null) {
                    fixture.fleet.reconnect(b);
                }
            }
            assertTrue(fixture.fleet.awaitConnected(Duration.ofSeconds(60)), "every board back on the broker");
        }
    }

    @Test
    void anOfflineBoardIsTakenWhenItComesBack() throws Exception {
        // g5: board 55 is powered off before the rollout and comes back during it
        SimulatedFleet.SimBoard away = fixture.fleet.board(name(55));
        try (FleetConnection operator = fixture.connect("operator")) {
            fixture.fleet.disconnect(away);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (operator.board(name(55)).online() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertFalse(operator.board(name(55)).online(), "the broker published the board's death");
            CountDownLatch offline = new CountDownLatch(1);
            AtomicReference<RolloutState> result = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            RolloutState planned = plan(operator, "g5");
            assertTrue(planned.boards.containsKey(name(55)), "an offline board the broker knows is in the rollout");
            Thread run = Thread.ofVirtual().start(() -> {
                try {
                    result.set(new Rollout(operator, new RolloutStore(dir), options(20, 30), new Rollout.Events() {
                        @Override
                        public void board(RolloutState s, RolloutState.Board b) {
                            if (b.name.equals(name(55)) && b.status == BoardStatus.OFFLINE) {
                                offline.countDown();
                            }
                        }
                    }).run(planned));
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            assertTrue(offline.await(60, TimeUnit.SECONDS), "the board was reported offline");
            fixture.fleet.reconnect(away);
            run.join(Duration.ofSeconds(90));
            assertNull(failure.get());
            RolloutState state = result.get();
            assertNotNull(state, "the rollout did not end");
            assertEquals(Outcome.DONE, state.outcome, state.reason);
            assertEquals(BoardStatus.APPLIED, state.board(name(55)).status);
            boardsAreAsReported(state);
        } finally {
            if (away.endpoint == null) {
                fixture.fleet.reconnect(away);
            }
        }
    }

    @Test
    void aRolloutWhoseOperatorDiedIsResumedFromItsStateFile() throws Exception {
        // g6: every board takes 1 s; the operator "dies" (its thread stops mid-wait, its connection
        // ends) while wave 1 is in flight; the state file is all that is left
        IntStream.range(60, 70).forEach(i -> fixture.slow.put(name(i), 1000L));
        CountDownLatch sent = new CountDownLatch(1);
        RolloutStore store = new RolloutStore(dir);
        String id;
        try {
            try (FleetConnection operator = fixture.connect("operator")) {
                RolloutState planned = plan(operator, "g6");
                id = planned.id;
                Thread run = Thread.ofVirtual().start(() -> {
                    try {
                        new Rollout(operator, store, options(20, 30), new Rollout.Events() {
                            @Override
                            public void board(RolloutState s, RolloutState.Board b) {
                                if (b.name.equals(name(61)) && b.status == BoardStatus.SENT) {
                                    sent.countDown();
                                }
                            }
                        }).run(planned);
                    } catch (InterruptedException e) {
                        // the operator's death
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
                assertTrue(sent.await(60, TimeUnit.SECONDS));
                Thread.sleep(200);
                run.interrupt();
                run.join(Duration.ofSeconds(10));
                assertFalse(run.isAlive(), "the operator's thread ended");
            }
            RolloutState dead = store.load(id);
            assertEquals(Outcome.RUNNING, dead.outcome, "the state file shows the rollout unfinished");
            assertTrue(dead.withStatus(BoardStatus.SENT).size() > 0, "requests were in flight when it died: " + dead.counts());
            try (FleetConnection operator = fixture.connect("operator")) {
                RolloutState state = new Rollout(operator, store, options(20, 30), new Rollout.Events() {
                }).run(store.load(id));
                assertEquals(Outcome.DONE, state.outcome, state.reason);
                for (RolloutState.Board b : state.boards.values()) {
                    assertEquals(1, b.attempts, b.name + " was applied once (its status asked after the death): " + b.detail);
                }
                boardsAreAsReported(state);
            }
        } finally {
            IntStream.range(60, 70).forEach(i -> fixture.slow.remove(name(i)));
        }
    }

    @Test
    void anAgentStartedFromItsConfigServesOnlyTheBrokerWithTheSameAuditAndJournal() throws Exception {
        // the real start-up path: agent.conf with listen = none, mqtt.broker, the board's own certificate and a label
        Identities.issue(Identities.authority(shared), shared.resolve("board-conf.p12"), "board-conf", List.of(), false, Instant.now(),
                Duration.ofDays(1));
        try (TestAgent agent = TestAgent.start(shared, "listen = none\nmqtt.broker = " + fixture.broker.uri()
                + "\nmqtt.keystore = board-conf.p12\nlabel.site = conf\n"); FleetConnection operator = fixture.connect("operator")) {
            assertEquals(-1, agent.main.port(), "listen = none: no TLS port");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while ((operator.board("board-conf") == null || !operator.board("board-conf").online()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(operator.board("board-conf") != null && operator.board("board-conf").online(), "the agent announced itself");
            assertEquals("conf", operator.board("board-conf").presence().labels().get("site"));
            // progress is sent to a client that listens to it (a rollout does not, and gets answers only)
            List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
            operator.onProgress((board, p) -> progress.add(board));
            var result = operator.call("board-conf", a -> a.apply(FleetDeployments.EDU), Duration.ofSeconds(20)).get();
            assertTrue(result.changed());
            assertTrue(progress.contains("board-conf"), "progress notifications of the apply: " + progress);
            assertEquals(FleetDeployments.EDU.digest(), agent.main.agent().status("devassign-agent").digest(), "the agent's one journal has it");
            audited(agent.audit(), "CN=operator,O=DevAssign", "apply fleet-edu", "ok");
            operator.call("board-conf", a -> a.rollback(new RollbackRequest(null)), Duration.ofSeconds(20)).get();
            assertNull(agent.main.agent().status("devassign-agent").digest());
        }
    }

    @Test
    void aCommandSignedByAnotherCaIsRefusedThoughTheBrokerDeliversIt() throws Exception {
        // an "operator" certificate from a CA the agents do not trust signs an apply; the viewer's
        // connection (whose broker ACL is too lax) carries it to board 68 with the operator's reply topic
        Path foreign = dir.resolve("foreign");
        Identities.init(foreign, List.of(), "127.0.0.1:0");
        CommandSigner forger = FleetFixture.identity(foreign, "operator").signer();
        String board = name(68);
        String reply = Topics.reply(board, "operator", "forged");
        byte[] correlation = "1".getBytes(StandardCharsets.UTF_8);
        byte[] payload = ("{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"method\":\"apply\",\"params\":"
                + ProtocolJson.gson().toJson(FleetDeployments.EDU) + "}").getBytes(StandardCharsets.UTF_8);
        Map<String, String> signature = forger.sign(board, "apply", reply, correlation, payload, System.currentTimeMillis(),
                Duration.ofSeconds(30));
        MqttLink link = MqttLink.start(MqttLink.Settings.of(fixture.broker.uri(), "viewer-forger", fixture.identity("viewer").tls(), null,
                List.of()), new MqttLink.Listener() {
                    @Override
                    public void connected(MqttLink l, boolean again) {
                    }

                    @Override
                    public void message(MqttLink.Incoming message) {
                    }
                });
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!link.connected() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(0, link.publishAcked(Topics.command(board, "apply"), payload, reply, correlation, signature).get(20, TimeUnit.SECONDS),
                    "the broker took the command (its ACL lets the viewer publish apply)");
            String audit = "";
            while (!audit.contains("(unverified)") && System.nanoTime() < deadline) {
                Thread.sleep(50);
                audit = String.join("\n", fixture.fleet.board(board).audit());
            }
            assertTrue(audit.contains("\"who\":\"CN=operator (unverified)@mqtt\",\"action\":\"apply\",\"outcome\":\"refused\""), audit);
            assertNull(fixture.fleet.board(board).agent.status("devassign-agent").digest(), "nothing applied");
            assertEquals(0, fixture.fleet.board(board).backend.bindCount());
        } finally {
            link.close(false);
        }
    }

    @Test
    void aRevokedOperatorsSignedCommandIsRefusedOnceTheAgentReloadsItsRevocationList() throws Exception {
        // an agent from its config (listen = none: the broker only) whose tls.crl is a list of its own, signed by the fleet's CA;
        // a second certificate with the operator's subject (a renewed one) is not on the list
        Path ca = shared.resolve("crl-ca");
        Files.createDirectories(ca);
        for (String file : List.of("ca-key.p12", KeyFiles.passwordFileOf(shared.resolve("ca-key.p12")).getFileName().toString(), Identities.CRL)) {
            Files.copy(shared.resolve(file), ca.resolve(file), StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
        Identities.Authority authority = Identities.authority(shared);
        Identities.issue(authority, shared.resolve("board-crl.p12"), "board-crl", List.of(), false, Instant.now(), Duration.ofDays(1));
        Path renewed = shared.resolve("operator-renewed.p12");
        Identities.issue(authority, renewed, "operator", List.of(), false, Instant.now(), Duration.ofDays(1));
        FleetIdentity renewedIdentity = FleetIdentity.load(renewed, KeyFiles.passwordFileOf(renewed), shared.resolve("ca.p12"));
        try (TestAgent agent = TestAgent.start(shared, "listen = none\nmqtt.broker = " + fixture.broker.uri()
                + "\nmqtt.keystore = board-crl.p12\nstate = crl-state\ntls.crl = crl-ca/" + Identities.CRL + "\n");
                FleetConnection operator = fixture.connect("operator");
                FleetConnection other = FleetConnection.open(fixture.broker.uri(), renewedIdentity, Duration.ofSeconds(60))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while ((operator.board("board-crl") == null || !operator.board("board-crl").online()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(other.awaitConnected(Duration.ofSeconds(20)), "the renewed operator connects: " + other.problem());
            assertNull(operator.call("board-crl", a -> a.status(), Duration.ofSeconds(20)).get().digest(), "taken before the revocation");

            assertTrue(Revocations.revoke(ca, Identities.certificate(shared.resolve("operator.p12"))));
            assertNull(operator.call("board-crl", a -> a.status(), Duration.ofSeconds(20)).get().digest(), "the list is not read again yet");
            String reloaded = agent.main.reload();
            assertTrue(reloaded.startsWith("1 revoked in ") && reloaded.endsWith(Identities.CRL), reloaded);

            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> operator.call("board-crl", a -> a.apply(FleetDeployments.EDU), Duration.ofSeconds(20)).get());
            ResponseErrorException error = (ResponseErrorException) refused.getCause();
            assertEquals(ErrorCode.NOT_AUTHORIZED.code(), error.getResponseError().getCode(), error.getMessage());
            assertTrue(error.getMessage().contains("is revoked by " + Identities.CRL), error.getMessage());
            assertNull(agent.main.agent().status("devassign-agent").digest(), "nothing applied");
            // audited as the TLS listener refuses a revoked certificate: the list's own words, naming the certificate and its serial
            String serial = Identities.certificate(shared.resolve("operator.p12")).getSerialNumber().toString(16);
            assertTrue(AuditTrailTest.records(agent.audit()).stream().anyMatch(r -> r.get("who").getAsString().equals("CN=operator (unverified)@mqtt")
                    && r.get("action").getAsString().equals("apply") && r.get("outcome").getAsString().equals("refused")
                    && r.get("detail").getAsString().contains("CN=operator,O=DevAssign (serial 0x" + serial + ") is revoked by " + Identities.CRL)),
                    String.join("\n", agent.audit()));

            // the same subject's other certificate is not revoked: its commands go on
            assertTrue(other.call("board-crl", a -> a.apply(FleetDeployments.EDU), Duration.ofSeconds(20)).get().changed());
            assertEquals(FleetDeployments.EDU.digest(), agent.main.agent().status("devassign-agent").digest());
            audited(agent.audit(), "CN=operator,O=DevAssign", "apply fleet-edu", "ok");
            other.call("board-crl", a -> a.rollback(new RollbackRequest(null)), Duration.ofSeconds(20)).get();
        }
    }
}
