package org.devassign.core.identity;

/**
 * A text that is not a canonical kernel device name. The message quotes the text (escaped, cut to a
 * readable length), says why, and shows what a valid name looks like.
 */
public final class DeviceNameException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What every refusal ends with: the forms {@link DeviceId#parse} accepts. */
    public static final String VALID_FORMS = "name a device as the kernel does, without a path: a PCI address such as 0000:00:05.0,"
            + " a platform device such as LNRO0005:00 or fe300000.serial, or an fsl-mc object such as dprc.1";

    private final String text;

    public DeviceNameException(String text, String why) {
        super(Printable.quote(text) + " is not a device name (" + why + "): " + VALID_FORMS);
        this.text = text;
    }

    /** The refused text, as it came (unescaped). */
    public String text() {
        return text;
    }
}
