package org.devassign.agent.service.journal;

import java.util.Locale;
import java.util.Optional;

import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.StepKind;
import org.devassign.agent.service.backend.DriverState;
import org.devassign.core.identity.DeviceId;

/**
 * One record of the transaction journal. A transaction is a {@link Begin}, then per step an
 * {@link Intent} (written before the step is taken, with the device's saved driver state when the
 * step can change its driver) and a {@link Done}, and finally a {@link Commit} or an {@link Abort}.
 * Each record has exactly the fields it needs, typed; {@link JournalCodec} writes and checks them.
 */
public sealed interface JournalRecord {

    /**
     * The largest transaction id. Ids start at 1 and only grow; {@link Long#MAX_VALUE} is never
     * written, so no id can wrap to a negative one: a journal holding it is damaged.
     */
    long MAX_TX = Long.MAX_VALUE - 1;

    long tx();

    /** The record's kind as written: begin, intent, done, commit, abort. */
    String type();

    /** The step an intent or done record is about. */
    default Optional<StepKind> step() {
        return Optional.empty();
    }

    /**
     * Whether this record is the point a fault injection or a test names: a type ({@code begin}) or
     * a type and a step ({@code done:bind}).
     */
    default boolean matches(String point) {
        int colon = point.indexOf(':');
        if (colon < 0) {
            return point.equals(type());
        }
        return point.substring(0, colon).equals(type()) && step().map(StepKind::keyword).filter(point.substring(colon + 1)::equals).isPresent();
    }

    /** What a transaction does. */
    enum Operation {
        APPLY, ROLLBACK, RECOVER;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param deployment what an apply asked for (null for rollback and recovery)
     * @param who the client identity, or why the agent itself began it
     */
    record Begin(long tx, Operation operation, Deployment deployment, String who) implements JournalRecord {
        @Override
        public String type() {
            return "begin";
        }
    }

    /** @param savedDriver and @param savedOverride what the device was on before the agent took it (bind, restore) */
    record Intent(long tx, StepKind action, DeviceId device, String savedDriver, String savedOverride, String detail)
            implements JournalRecord {

        public static Intent of(long tx, StepKind action, DeviceId device, String detail) {
            return new Intent(tx, action, device, null, null, detail);
        }

        public static Intent saving(long tx, StepKind action, DriverState saved, String detail) {
            return new Intent(tx, action, saved.device(), saved.driver(), saved.override(), detail);
        }

        public DriverState saved() {
            return new DriverState(device, savedDriver, savedOverride);
        }

        @Override
        public String type() {
            return "intent";
        }

        @Override
        public Optional<StepKind> step() {
            return Optional.of(action);
        }
    }

    record Done(long tx, StepKind action, DeviceId device, String detail) implements JournalRecord {
        @Override
        public String type() {
            return "done";
        }

        @Override
        public Optional<StepKind> step() {
            return Optional.of(action);
        }
    }

    record Commit(long tx) implements JournalRecord {
        @Override
        public String type() {
            return "commit";
        }
    }

    record Abort(long tx, String reason) implements JournalRecord {
        @Override
        public String type() {
            return "abort";
        }
    }
}
