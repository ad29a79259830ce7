package org.devassign.ui.deploy.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * Every deployment and rollback done from this workbench, newest first, kept in the bundle's state
 * folder ({@code deployments.json}) across sessions. The agent itself only knows its active
 * deployment and last transaction; this is the user's history across targets.
 */
public final class DeploymentHistory {

    private static final DeploymentHistory INSTANCE = new DeploymentHistory();
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private final List<DeploymentRecord> records = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean loaded;

    public static DeploymentHistory get() {
        return INSTANCE;
    }

    private static Path file() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(DeploymentHistory.class)).toPath().resolve("deployments.json");
    }

    public synchronized List<DeploymentRecord> all() {
        if (!loaded) {
            loaded = true;
            try {
                if (Files.exists(file())) {
                    records.addAll(Arrays.asList(GSON.fromJson(Files.readString(file()), DeploymentRecord[].class)));
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable history starts empty; the next record rewrites it
            }
        }
        return new ArrayList<>(records);
    }

    public void add(DeploymentRecord record) {
        synchronized (this) {
            all();
            records.add(0, record);
            try {
                Files.writeString(file(), GSON.toJson(records), StandardCharsets.UTF_8);
            } catch (IOException e) {
                // kept for this session
            }
        }
        listeners.forEach(Runnable::run);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
