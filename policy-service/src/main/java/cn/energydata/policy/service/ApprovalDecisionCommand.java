package cn.energydata.policy.service;

import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Body of approve / reject: an expiry (approve only; default from configuration) and a comment. */
public record ApprovalDecisionCommand(Instant expiresAt, @Size(max = 2000) String comment) {
}
