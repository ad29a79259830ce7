package org.devassign.agent.nativeio;

/** A libc call that failed, with its errno. The message is a detail for an AgentException. */
public final class NativeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String call;
    private final int errno;

    public NativeException(String call, int errno) {
        super(call + ": " + LibC.strerror(errno) + " (errno " + errno + ")");
        this.call = call;
        this.errno = errno;
    }

    public String call() {
        return call;
    }

    public int errno() {
        return errno;
    }
}
