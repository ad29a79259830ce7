package org.devassign.agent.service.journal;

import java.io.StringReader;

import org.devassign.agent.api.ConsumerCredentials;
import org.devassign.agent.api.Deployment;
import org.devassign.agent.api.StepKind;
import org.devassign.agent.api.wire.ProtocolJson;
import org.devassign.agent.service.journal.JournalRecord.Abort;
import org.devassign.agent.service.journal.JournalRecord.Begin;
import org.devassign.agent.service.journal.JournalRecord.Commit;
import org.devassign.agent.service.journal.JournalRecord.Done;
import org.devassign.agent.service.journal.JournalRecord.Intent;
import org.devassign.agent.service.journal.JournalRecord.Operation;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.DeviceNameException;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * Journal records as JSON lines, and back with every field checked: a line that is not a record of
 * a known type with the fields its type needs is refused with the reason ({@link Damaged}), never
 * half-read. The field names are the journal's since version 1 ({@code tx, type, op, step, device,
 * savedDriver, savedOverride, deployment, detail}), so an agent updated in place reads the journal
 * its predecessor left.
 */
public final class JournalCodec {

    /** A line that is not a journal record. */
    public static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        public Damaged(String message) {
            super(message);
        }
    }

    private static final Gson GSON = ProtocolJson.gson();

    private JournalCodec() {
    }

    public static String encode(JournalRecord record) {
        JsonObject o = new JsonObject();
        o.addProperty("tx", record.tx());
        o.addProperty("type", record.type());
        switch (record) {
            case Begin b -> {
                o.addProperty("op", b.operation().keyword());
                if (b.deployment() != null) {
                    o.addProperty("deployment", GSON.toJson(b.deployment()));
                }
                o.addProperty("detail", b.who());
            }
            case Intent i -> {
                o.addProperty("step", i.action().keyword());
                o.addProperty("device", i.device().kernelName());
                o.addProperty("savedDriver", i.savedDriver());
                o.addProperty("savedOverride", i.savedOverride());
                o.addProperty("detail", i.detail());
            }
            case Done d -> {
                o.addProperty("step", d.action().keyword());
                o.addProperty("device", d.device().kernelName());
                o.addProperty("detail", d.detail());
            }
            case Commit c -> {
            }
            case Abort a -> o.addProperty("detail", a.reason());
        }
        return GSON.toJson(o);
    }

    public static JournalRecord decode(String line) throws Damaged {
        JsonObject o = object(line);
        long tx = number(o, "tx");
        if (tx < 1 || tx > JournalRecord.MAX_TX) {
            throw new Damaged("transaction id " + tx + " is outside 1.." + JournalRecord.MAX_TX
                    + (tx == Long.MAX_VALUE ? " (it leaves no id for the next transaction)" : ""));
        }
        String type = text(o, "type", true);
        return switch (type) {
            case "begin" -> begin(tx, operation(text(o, "op", true)), deployment(text(o, "deployment", false)), text(o, "detail", false));
            case "intent" -> new Intent(tx, step(o), device(o), text(o, "savedDriver", false), text(o, "savedOverride", false),
                    text(o, "detail", false));
            case "done" -> new Done(tx, step(o), device(o), text(o, "detail", false));
            case "commit" -> new Commit(tx);
            case "abort" -> new Abort(tx, text(o, "detail", false));
            default -> throw new Damaged("unknown record type '" + type + "'");
        };
    }

    /** An apply records what it applies: recovery takes that deployment up again after a restart. */
    private static Begin begin(long tx, Operation operation, Deployment deployment, String who) throws Damaged {
        if (operation == Operation.APPLY && deployment == null) {
            throw new Damaged("an apply without its deployment");
        }
        return new Begin(tx, operation, deployment, who);
    }

    private static JsonObject object(String line) throws Damaged {
        try {
            JsonReader reader = new JsonReader(new StringReader(line));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = GSON.fromJson(reader, JsonElement.class);
            if (element == null || !element.isJsonObject()) {
                throw new Damaged("not a JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new Damaged("not JSON (" + String.valueOf(why).lines().findFirst().orElse("") + ")");
        }
    }

    private static long number(JsonObject o, String field) throws Damaged {
        if (!(o.get(field) instanceof JsonPrimitive p) || !p.isNumber()) {
            throw new Damaged("no number '" + field + "'");
        }
        try {
            return Long.parseLong(p.getAsString());
        } catch (NumberFormatException e) {
            throw new Damaged("'" + field + "' is not a whole number: " + p.getAsString());
        }
    }

    private static String text(JsonObject o, String field, boolean required) throws Damaged {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            if (required) {
                throw new Damaged("no '" + field + "'");
            }
            return null;
        }
        if (!(e instanceof JsonPrimitive p) || !p.isString()) {
            throw new Damaged("'" + field + "' is not a string");
        }
        return p.getAsString();
    }

    private static Operation operation(String keyword) throws Damaged {
        for (Operation op : Operation.values()) {
            if (op.keyword().equals(keyword)) {
                return op;
            }
        }
        throw new Damaged("unknown operation '" + keyword + "'");
    }

    private static StepKind step(JsonObject o) throws Damaged {
        String keyword = text(o, "step", true);
        for (StepKind kind : StepKind.values()) {
            if (kind.keyword().equals(keyword)) {
                return kind;
            }
        }
        throw new Damaged("unknown step '" + keyword + "'");
    }

    private static DeviceId device(JsonObject o) throws Damaged {
        try {
            return DeviceId.parse(text(o, "device", true));
        } catch (DeviceNameException e) {
            throw new Damaged(e.getMessage());
        }
    }

    private static Deployment deployment(String json) throws Damaged {
        if (json == null) {
            return null;
        }
        Deployment deployment;
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            deployment = GSON.fromJson(reader, Deployment.class);
        } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new Damaged("the deployment cannot be read (" + (why.length() > 200 ? why.substring(0, 200) + "..." : why) + ")");
        }
        if (deployment == null || deployment.devices() == null
                || deployment.devices().stream().anyMatch(r -> r == null || r.device() == null || r.driver() == null)) {
            throw new Damaged("a deployment without its devices and their drivers");
        }
        if (deployment.consumers() != null) {
            for (ConsumerCredentials c : deployment.consumers()) {
                if (c == null || c.consumer() == null) {
                    throw new Damaged("a deployment with consumer ids of no consumer");
                }
                if (c.problem() != null) {
                    throw new Damaged("the deployment's consumer " + c.consumer() + " has " + c.problem());
                }
            }
        }
        return deployment;
    }
}
