package org.devassign.agent.api;

import java.util.List;

/** @param steps what apply would do, in order; empty when the board already is as requested */
public record PlanResult(String config, List<Step> steps, List<String> unchanged, List<String> notes) {
}
