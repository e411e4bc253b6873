package cn.energydata.discovery.domain;

/** How a source's credentials are kept (never their values). */
public enum CredentialsMode {
    STORED, REFERENCED, NONE
}
