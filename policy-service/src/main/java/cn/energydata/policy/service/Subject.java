package cn.energydata.policy.service;

import java.util.Set;

/** The person a decision is about: the caller, or the named user a service account acts for. */
public record Subject(String username, String organisation, Set<String> roles, String actingClient) {
}
