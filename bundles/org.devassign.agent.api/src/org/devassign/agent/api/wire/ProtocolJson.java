package org.devassign.agent.api.wire;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.devassign.agent.api.ConsumerKind;
import org.devassign.agent.api.ConsumerName;
import org.devassign.agent.api.ProgressState;
import org.devassign.agent.api.StepKind;
import org.devassign.core.identity.DeviceId;
import org.devassign.core.identity.DeviceNameException;
import org.devassign.core.identity.Printable;
import org.devassign.core.rules.OpenPath;
import org.devassign.core.rules.Vfio;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * The protocol's typed values as JSON strings: device names, VFIO drivers, open paths, step kinds,
 * consumers and progress states. Reading canonicalises ({@code 0000:00:1F.2} is {@code 0000:00:1f.2})
 * or refuses with an {@link InvalidValueException} that says what a valid value looks like; nothing
 * unknown is turned into a default. Registered in every {@link JsonRpcChannel}, and for anyone who
 * writes the records as JSON (the CLI's --json output, the agent's journal).
 */
public final class ProtocolJson {

    private ProtocolJson() {
    }

    /** Registers the adapters on {@code builder}; the protocol's records take numbers only as JSON numbers ({@link StrictNumbers}). */
    public static GsonBuilder configure(GsonBuilder builder) {
        return builder.registerTypeAdapterFactory(new StrictNumbers(ConsumerName.class.getPackageName()))
                .registerTypeHierarchyAdapter(DeviceId.class, DEVICE.nullSafe())
                .registerTypeAdapter(ConsumerName.class, CONSUMER.nullSafe())
                .registerTypeAdapter(Vfio.class, keywords(Vfio.class, Vfio::driverName, "VFIO driver",
                        " (vfio-pci for PCI, vfio-platform for platform devices, vfio-fsl-mc for fsl-mc containers)").nullSafe())
                .registerTypeAdapter(OpenPath.class, keywords(OpenPath.class, OpenPath::keyword, "open path",
                        "; leave it out (null) when the agent does not open the device").nullSafe())
                .registerTypeAdapter(StepKind.class, keywords(StepKind.class, StepKind::keyword, "step", "").nullSafe())
                .registerTypeAdapter(ConsumerKind.class, keywords(ConsumerKind.class, ConsumerKind::keyword, "consumer kind", "").nullSafe())
                .registerTypeAdapter(ProgressState.class, keywords(ProgressState.class, ProgressState::keyword, "progress state", "")
                        .nullSafe());
    }

    /** A Gson with the adapters, HTML characters left as they are. */
    public static Gson gson() {
        return configure(new GsonBuilder().disableHtmlEscaping()).create();
    }

    /** {@link #gson()} with indentation, for people. */
    public static Gson pretty() {
        return configure(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting()).create();
    }

    private static String string(JsonReader in, String what, String example) throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.STRING) {
            in.skipValue();
            throw InvalidValueException.asSyntaxError("the " + what + " must be a JSON string such as \"" + example + "\", not "
                    + token.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return in.nextString();
    }

    private static final TypeAdapter<DeviceId> DEVICE = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, DeviceId value) throws IOException {
            out.value(value.kernelName());
        }

        @Override
        public DeviceId read(JsonReader in) throws IOException {
            String text = string(in, "device name", "0000:00:05.0");
            try {
                return DeviceId.parse(text);
            } catch (DeviceNameException e) {
                throw InvalidValueException.asSyntaxError(e.getMessage());
            }
        }
    };

    private static final TypeAdapter<ConsumerName> CONSUMER = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, ConsumerName value) throws IOException {
            out.value(value.name());
        }

        @Override
        public ConsumerName read(JsonReader in) throws IOException {
            String text = string(in, "consumer name", "edu-driver");
            try {
                return ConsumerName.parse(text);
            } catch (IllegalArgumentException e) {
                throw InvalidValueException.asSyntaxError(e.getMessage());
            }
        }
    };

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ";
    }

    /** An enum by its keyword; anything else is refused naming every keyword. */
    static <E extends Enum<E>> TypeAdapter<E> keywords(Class<E> type, Function<E, String> keyword, String what, String hint) {
        E[] values = type.getEnumConstants();
        String valid = Arrays.stream(values).map(keyword).collect(Collectors.joining(", "));
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, E value) throws IOException {
                out.value(keyword.apply(value));
            }

            @Override
            public E read(JsonReader in) throws IOException {
                String text = string(in, what, keyword.apply(values[0]));
                for (E value : values) {
                    if (keyword.apply(value).equals(text)) {
                        return value;
                    }
                }
                throw InvalidValueException.asSyntaxError(Printable.quote(text) + " is not " + article(what) + what + ": one of " + valid + hint);
            }
        };
    }
}
