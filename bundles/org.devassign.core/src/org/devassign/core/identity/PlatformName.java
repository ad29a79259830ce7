package org.devassign.core.identity;

import java.util.regex.Pattern;

/**
 * A platform device's kernel name: an ACPI instance ({@code LNRO0005:00}), a device-tree node's
 * bus id ({@code fe300000.serial}, {@code soc:gpio-keys}) or a driver-made name
 * ({@code serial8250}, {@code alarmtimer.0.auto}, and on x86 {@code Fixed MDIO bus.0}, with spaces).
 * Letters, digits, inner spaces and {@code . _ : , + @ ! -}, starting with a letter or digit and not
 * ending in a space, at most 255 characters (a directory name): no path separator, no {@code .} or
 * {@code ..}, nothing a terminal or a log would interpret.
 */
public record PlatformName(String name) implements DeviceId {

    /** The longest name a directory entry can have (NAME_MAX). */
    public static final int MAX_LENGTH = 255;

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._:,+@! -]*[A-Za-z0-9._:,+@!-])?");

    public PlatformName {
        String why = problem(name);
        if (why != null) {
            throw new DeviceNameException(name, why);
        }
    }

    /** @throws DeviceNameException when {@code text} is no platform device name */
    public static PlatformName parse(String text) {
        return new PlatformName(text);
    }

    private static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return "it is empty";
        }
        if (text.length() > MAX_LENGTH) {
            return "it is " + text.length() + " characters long, more than the " + MAX_LENGTH + " a kernel device name can have";
        }
        if (text.indexOf('/') >= 0) {
            return "it contains '/': a device name is not a path";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return "it contains the character " + Printable.quote(String.valueOf(c)) + " at position " + (i + 1);
            }
        }
        if (!FORM.matcher(text).matches()) {
            return "it must start with a letter or digit, not end in a space, and hold only letters, digits, spaces and . _ : , + @ ! -";
        }
        return null;
    }

    @Override
    public Bus bus() {
        return Bus.PLATFORM;
    }

    @Override
    public String kernelName() {
        return name;
    }

    @Override
    public String sortKey() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
