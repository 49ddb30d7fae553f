package dev.infractl.app;

import java.util.List;
import java.util.Optional;

/** The container app that serves the inference code, as deploy needs it. */
public interface ContainerApp {

    /** The revision that serves traffic now (the latest one). */
    String activeRevision();

    /** The app's ingress host name as Resource Manager reports it now, when it has one. */
    Optional<String> fqdn();

    void restart(String revision);

    List<Replica> replicas(String revision);
}
