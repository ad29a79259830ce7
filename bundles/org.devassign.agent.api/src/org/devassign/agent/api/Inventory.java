package org.devassign.agent.api;

import java.util.List;

/** @param boardXml the live board as a .board document; @param warnings what discovery could not read */
public record Inventory(String boardXml, List<String> warnings) {
}
